package io.lakegate.share.internal;

/** What the last verify found of a shared item's grant; PENDING_* while a verify or re-apply is queued. */
enum HealthStatus {
    HEALTHY, UNHEALTHY, PENDING_VERIFY, PENDING_REAPPLY
}
