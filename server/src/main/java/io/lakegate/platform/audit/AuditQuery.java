package io.lakegate.platform.audit;

import java.time.Instant;

/** Filters for reading the audit log; every one is optional. */
public record AuditQuery(String username, String actingTeam, String action, String outcome, String target,
        Instant from, Instant to) {
}
