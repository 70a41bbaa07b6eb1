package io.lakegate.platform.tasks;

import java.time.Instant;

/** A queued or periodic execution as db-scheduler holds it. */
public record ScheduledTask(String taskName, String instance, Instant nextExecution, boolean running, String runningOn,
        Instant lastSuccess, Instant lastFailure, int consecutiveFailures) {
}
