package io.lakegate.platform.maintenance;

import java.time.Instant;

/**
 * The maintenance window. {@code status} is INACTIVE without a window, PENDING while background tasks
 * that were running when it started still run, and ACTIVE once none does.
 */
public record MaintenanceStatus(MaintenanceMode mode, Status status, String startedBy, Instant startedAt,
        int runningTasks) {

    public enum Status { INACTIVE, PENDING, ACTIVE }
}
