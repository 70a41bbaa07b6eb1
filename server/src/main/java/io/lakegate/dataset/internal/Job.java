package io.lakegate.dataset.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Long work on a dataset (an upload, a crawl, a table sync, a profiling run) as its owners follow it: a status,
 * a percentage where it can be known, a log, and a result once done.
 *
 * @param dataFilterUri for a profiling run, the data filter through which it read the table; null for the whole table
 * @param log           the log lines, oldest first; empty in listings
 */
record Job(String uri, String datasetUri, String tableUri, String dataFilterUri, Kind kind, Status status, Integer percent,
        Map<String, Object> parameters, JsonNode result, String error, String requestedBy, Instant createdAt,
        Instant startedAt, Instant finishedAt, List<LogLine> log) {

    enum Kind { UPLOAD, CRAWL, SYNC, PROFILING }

    enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    record LogLine(Instant at, String level, String message) {
    }
}
