package io.lakegate.platform.tasks;

import java.time.Duration;
import java.time.Instant;

/** One run of a background task. */
public record TaskRun(long id, String taskName, String instance, String node, Status status, Instant startedAt,
        Instant finishedAt, String error) {

    public enum Status { RUNNING, SUCCEEDED, FAILED, INTERRUPTED }

    public Long durationMillis() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt).toMillis();
    }
}
