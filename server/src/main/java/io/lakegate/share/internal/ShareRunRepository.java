package io.lakegate.share.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Processing, verify and re-apply runs of shares, and their logs. */
@Repository
class ShareRunRepository {

    private final JdbcClient jdbc;

    ShareRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String uri, String shareUri, ShareApi.RunKind kind, String requestedBy) {
        jdbc.sql("insert into share_runs (uri, share_uri, kind, status, requested_by) values (?, ?, ?, 'RUNNING', ?)")
                .params(uri, shareUri, kind.name(), requestedBy).update();
    }

    void finish(String uri, String status) {
        jdbc.sql("update share_runs set status = ?, finished_at = now() where uri = ?").params(status, uri).update();
    }

    /** Runs that a dead process left running: they end as INTERRUPTED, their work is done again by a new run. */
    int interruptRunning(String shareUri) {
        return jdbc.sql("update share_runs set status = 'INTERRUPTED', finished_at = now() where share_uri = ? and status = 'RUNNING'")
                .param(shareUri).update();
    }

    void log(String runUri, String level, String message) {
        jdbc.sql("insert into share_run_log (run_uri, level, message) values (?, ?, ?)").params(runUri, level, message).update();
    }

    List<ShareApi.Run> runs(String shareUri, int limit) {
        return jdbc.sql("""
                select uri, kind, status, requested_by, started_at, finished_at from share_runs where share_uri = ?
                order by started_at desc, uri desc limit ?""")
                .params(shareUri, limit).query((rs, row) -> run(rs)).list();
    }

    Optional<ShareApi.Run> find(String shareUri, String runUri) {
        return jdbc.sql("select uri, kind, status, requested_by, started_at, finished_at from share_runs where share_uri = ? and uri = ?")
                .params(shareUri, runUri).query((rs, row) -> run(rs)).optional();
    }

    List<ShareApi.LogLine> log(String runUri) {
        return jdbc.sql("select at, level, message from share_run_log where run_uri = ? order by id").param(runUri)
                .query((rs, row) -> new ShareApi.LogLine(rs.getTimestamp("at").toInstant(), rs.getString("level"),
                        rs.getString("message")))
                .list();
    }

    private static ShareApi.Run run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ShareApi.Run(rs.getString("uri"), ShareApi.RunKind.valueOf(rs.getString("kind")), rs.getString("status"),
                rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
