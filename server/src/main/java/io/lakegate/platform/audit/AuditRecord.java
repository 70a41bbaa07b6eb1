package io.lakegate.platform.audit;

import java.time.Instant;

public record AuditRecord(Long id, Instant at, String username, String actingTeam, String action, String method,
        String path, String target, int status, String outcome) {

    static String outcomeOf(int status) {
        if (status < 400) {
            return "SUCCESS";
        }
        return status == 401 || status == 403 ? "DENIED" : "FAILED";
    }
}
