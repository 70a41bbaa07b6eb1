package io.lakegate.dataset.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import io.lakegate.platform.ShortUris;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs and their logs. Each change is its own statement outside any caller's transaction on purpose: a job's
 * progress must be visible while the job runs, and its failure must stay written when the work rolls back.
 */
@Repository
class JobRepository {

    private static final String COLUMNS = """
            uri, dataset_uri, table_uri, filter_uri, kind, status, percent, parameters, result, error, requested_by,
            created_at, started_at, finished_at""";
    /** The profiling runs of a table (first parameter) through a data filter (second, null for none). */
    private static final String PROFILING_RUNS =
            "table_uri = ? and kind = 'PROFILING' and filter_uri is not distinct from cast(? as text)";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JobRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String create(String datasetUri, String tableUri, Job.Kind kind, Map<String, Object> parameters, String requestedBy) {
        return insert(datasetUri, tableUri, null, kind, parameters, requestedBy);
    }

    /** A profiling run of the table, through the data filter {@code filterUri} (null for the whole table). */
    String createProfilingRun(String datasetUri, String tableUri, String filterUri, String requestedBy) {
        return insert(datasetUri, tableUri, filterUri, Job.Kind.PROFILING, Map.of(), requestedBy);
    }

    /** Marks the job running; false when it is gone or already finished (a run resumed after it ended). */
    boolean start(String uri) {
        return jdbc.sql("""
                update dataset_jobs set status = 'RUNNING', started_at = coalesce(started_at, now())
                where uri = ? and status in ('QUEUED', 'RUNNING')""")
                .param(uri).update() == 1;
    }

    void progress(String uri, int percent) {
        jdbc.sql("update dataset_jobs set percent = ? where uri = ?").params(Math.clamp(percent, 0, 100), uri).update();
    }

    void log(String uri, String level, String message) {
        jdbc.sql("insert into dataset_job_log (job_uri, at, level, message) values (?, ?, ?, ?)")
                .params(uri, new Timestamp(System.currentTimeMillis()), level, message)
                .update();
    }

    void succeed(String uri, Object result) {
        jdbc.sql("""
                update dataset_jobs set status = 'SUCCEEDED', percent = 100, result = cast(? as jsonb),
                    finished_at = now() where uri = ?""")
                .params(json.writeValueAsString(result), uri)
                .update();
    }

    void fail(String uri, String error) {
        jdbc.sql("update dataset_jobs set status = 'FAILED', error = ?, finished_at = now() where uri = ?")
                .params(error, uri).update();
    }

    Optional<Job> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from dataset_jobs where uri = ?").param(uri)
                .query((rs, row) -> job(rs, log(uri)))
                .optional();
    }

    /** The dataset's jobs, newest first, optionally of one kind. */
    Page<Job> list(String datasetUri, Job.Kind kind, PageRequest page) {
        String kindName = kind == null ? null : kind.name();
        return PagedQuery.page(jdbc, COLUMNS,
                "from dataset_jobs where dataset_uri = ? and (cast(? as text) is null or kind = ?)", "created_at desc, uri",
                Arrays.asList(datasetUri, kindName, kindName), page, (rs, row) -> job(rs, List.of()));
    }

    /** The table's profiling runs through the data filter {@code filterUri} (null: the whole table), newest first. */
    Page<Job> profilingRuns(String tableUri, String filterUri, PageRequest page) {
        return PagedQuery.page(jdbc, COLUMNS, "from dataset_jobs where " + PROFILING_RUNS, "created_at desc, uri",
                Arrays.asList(tableUri, filterUri), page, (rs, row) -> job(rs, List.of()));
    }

    /** The table's latest successful profiling run through the data filter {@code filterUri} (null: the whole table). */
    Optional<Job> latestProfile(String tableUri, String filterUri) {
        return jdbc.sql("select " + COLUMNS + " from dataset_jobs where " + PROFILING_RUNS
                        + " and status = 'SUCCEEDED' order by finished_at desc limit 1")
                .params(tableUri, filterUri)
                .query((rs, row) -> job(rs, List.of()))
                .optional();
    }

    /** Removes the profiling runs made through the data filter, as the filter goes. */
    void deleteProfilingRuns(String filterUri) {
        jdbc.sql("delete from dataset_jobs where kind = 'PROFILING' and filter_uri = ?").param(filterUri).update();
    }

    /** Jobs of a kind that are queued or running, in every dataset. */
    List<Job> unfinished(Job.Kind kind) {
        return jdbc.sql("select " + COLUMNS + " from dataset_jobs where kind = ? and status in ('QUEUED', 'RUNNING')")
                .param(kind.name()).query((rs, row) -> job(rs, List.of())).list();
    }

    private String insert(String datasetUri, String tableUri, String filterUri, Job.Kind kind,
            Map<String, Object> parameters, String requestedBy) {
        String uri = ShortUris.next();
        jdbc.sql("""
                insert into dataset_jobs (uri, dataset_uri, table_uri, filter_uri, kind, status, parameters, requested_by)
                values (?, ?, ?, ?, ?, 'QUEUED', cast(? as jsonb), ?)""")
                .params(uri, datasetUri, tableUri, filterUri, kind.name(), json.writeValueAsString(parameters), requestedBy)
                .update();
        return uri;
    }

    private List<Job.LogLine> log(String uri) {
        return jdbc.sql("select at, level, message from dataset_job_log where job_uri = ? order by id")
                .param(uri)
                .query((rs, row) -> new Job.LogLine(rs.getTimestamp("at").toInstant(), rs.getString("level"),
                        rs.getString("message")))
                .list();
    }

    private Job job(ResultSet rs, List<Job.LogLine> log) throws SQLException {
        Integer percent = rs.getInt("percent");
        if (rs.wasNull()) {
            percent = null;
        }
        String result = rs.getString("result");
        return new Job(rs.getString("uri"), rs.getString("dataset_uri"), rs.getString("table_uri"),
                rs.getString("filter_uri"), Job.Kind.valueOf(rs.getString("kind")),
                Job.Status.valueOf(rs.getString("status")), percent,
                json.readValue(rs.getString("parameters"), new TypeReference<Map<String, Object>>() { }),
                result == null ? null : json.readTree(result), rs.getString("error"), rs.getString("requested_by"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), log);
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
