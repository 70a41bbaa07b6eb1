package io.lakegate.platform.maintenance;

public enum MaintenanceMode {
    /** No maintenance window. */
    NONE,
    /** Everyone may read; only admins may change anything. */
    READ_ONLY,
    /** Only admins may call Lakegate. */
    NO_ACCESS
}
