package io.lakegate.worksheet.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.lakegate.query.ResultColumn;
import io.lakegate.worksheet.internal.WorksheetApi.QueryStatus;

/**
 * One run of SQL for a team: who ran it, how it went, and, while it is kept, where its whole result is.
 *
 * @param resultFile the Parquet file of the whole result; null before it succeeded and once it is no longer kept
 */
record QueryRun(String uri, String worksheetUri, String team, String environmentUri, String username, String sql,
        QueryStatus status, String error, List<ResultColumn> columns, Long rowCount, Path resultFile,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    String resource() {
        return "query " + uri;
    }
}
