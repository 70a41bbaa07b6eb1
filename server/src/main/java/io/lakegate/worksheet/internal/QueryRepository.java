package io.lakegate.worksheet.internal;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import io.lakegate.query.ResultColumn;
import io.lakegate.worksheet.internal.WorksheetApi.QueryStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Query runs: each team's history, and the results kept for a while. */
@Repository
class QueryRepository {

    private static final String COLUMNS = """
            uri, worksheet_uri, team, environment_uri, username, sql_text, status, error, columns, row_count, result_file,
            created_at, started_at, finished_at""";
    private static final TypeReference<List<ResultColumn>> RESULT_COLUMNS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QueryRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A new run, queued; or running already, when its team has a turn free for it. */
    void insert(String uri, String worksheetUri, String team, String environmentUri, String username, String sql,
            boolean running) {
        jdbc.sql("""
                insert into worksheet_queries (uri, worksheet_uri, team, environment_uri, username, sql_text, status,
                    started_at)
                values (?, ?, ?, ?, ?, ?, ?, case when ? then now() end)""")
                .params(uri, worksheetUri, team, environmentUri, username, sql, running ? "RUNNING" : "QUEUED", running)
                .update();
    }

    Optional<QueryRun> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from worksheet_queries where uri = ?").param(uri)
                .query(this::run).optional();
    }

    /** Queued to running; false when it is no longer queued (it was cancelled meanwhile). */
    boolean start(String uri) {
        return jdbc.sql("update worksheet_queries set status = 'RUNNING', started_at = now() where uri = ? and status = 'QUEUED'")
                .param(uri).update() == 1;
    }

    /** Queued to cancelled; false when it is no longer queued. */
    boolean cancelQueued(String uri) {
        return jdbc.sql("""
                update worksheet_queries set status = 'CANCELLED', error = 'The query was cancelled', finished_at = now()
                where uri = ? and status = 'QUEUED'""").param(uri).update() == 1;
    }

    /** Running to succeeded, with the result kept in {@code resultFile}; answers the run as it is now. */
    QueryRun succeed(String uri, List<ResultColumn> columns, long rows, Path resultFile) {
        return jdbc.sql("""
                update worksheet_queries set status = 'SUCCEEDED', columns = cast(? as jsonb), row_count = ?,
                    result_file = ?, finished_at = now()
                where uri = ?
                returning\s""" + COLUMNS)
                .params(json.writeValueAsString(columns), rows, resultFile.toString(), uri).query(this::run).single();
    }

    /** Running to {@code status}, ended without a result; answers the run as it is now. */
    QueryRun finish(String uri, QueryStatus status, String error) {
        return jdbc.sql("update worksheet_queries set status = ?, error = ?, finished_at = now() where uri = ? returning "
                        + COLUMNS)
                .params(status.name(), error, uri).query(this::run).single();
    }

    /** The team's runs, newest first. */
    Page<QueryRun> history(String team, String worksheetUri, PageRequest page) {
        return PagedQuery.page(jdbc, COLUMNS, """
                        from worksheet_queries where team = ? and (cast(? as text) is null or worksheet_uri = ?)""",
                "created_at desc, uri", Arrays.asList(team, worksheetUri, worksheetUri), page, this::run);
    }

    /** Runs whose results were kept past {@code before}: their files are to be deleted. */
    List<QueryRun> keptSince(Instant before) {
        return jdbc.sql("select " + COLUMNS + " from worksheet_queries where result_file is not null and finished_at < ?")
                .param(Timestamp.from(before)).query(this::run).list();
    }

    void forgetResult(String uri) {
        jdbc.sql("update worksheet_queries set result_file = null where uri = ?").param(uri).update();
    }

    /** Runs that a process left queued or running when it stopped: they end as failed. */
    int failUnfinished(String error) {
        return jdbc.sql("""
                update worksheet_queries set status = 'FAILED', error = ?, finished_at = now()
                where status in ('QUEUED', 'RUNNING')""").param(error).update();
    }

    private QueryRun run(ResultSet rs, int row) throws SQLException {
        String columns = rs.getString("columns");
        String resultFile = rs.getString("result_file");
        return new QueryRun(rs.getString("uri"), rs.getString("worksheet_uri"), rs.getString("team"),
                rs.getString("environment_uri"), rs.getString("username"), rs.getString("sql_text"),
                QueryStatus.valueOf(rs.getString("status")), rs.getString("error"),
                columns == null ? null : json.readValue(columns, RESULT_COLUMNS),
                (Long) rs.getObject("row_count"), resultFile == null ? null : Path.of(resultFile),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
