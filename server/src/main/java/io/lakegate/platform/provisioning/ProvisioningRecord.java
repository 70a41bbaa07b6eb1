package io.lakegate.platform.provisioning;

import java.time.Instant;
import java.util.List;

/** The "stack" of a provisioned resource: its status and the log of every provisioning run. */
public record ProvisioningRecord(String targetUri, String targetType, StackStatus status, Instant createdAt,
        Instant updatedAt, List<LogLine> logs) {

    public record LogLine(Instant at, String level, String message) {
    }
}
