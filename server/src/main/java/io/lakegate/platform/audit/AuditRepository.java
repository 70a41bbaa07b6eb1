package io.lakegate.platform.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import io.lakegate.platform.SqlLike;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(AuditRecord record) {
        jdbc.sql("""
                insert into audit_log (username, acting_team, action, method, path, target, status, outcome)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.username(), record.actingTeam(), record.action(), record.method(), record.path(),
                        record.target(), record.status(), record.outcome())
                .update();
    }

    public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        condition(conditions, params, "username = ?", query.username());
        condition(conditions, params, "acting_team = ?", query.actingTeam());
        condition(conditions, params, "action = ?", query.action());
        condition(conditions, params, "outcome = ?", query.outcome());
        condition(conditions, params, "target like ? escape '\\'", SqlLike.containing(query.target()));
        condition(conditions, params, "at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        condition(conditions, params, "at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return PagedQuery.page(jdbc, "id, at, username, acting_team, action, method, path, target, status, outcome",
                "from audit_log" + where, "id desc", params, page,
                (rs, row) -> new AuditRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("username"), rs.getString("acting_team"), rs.getString("action"),
                        rs.getString("method"), rs.getString("path"), rs.getString("target"), rs.getInt("status"),
                        rs.getString("outcome")));
    }

    private static void condition(List<String> conditions, List<Object> params, String sql, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(sql);
            params.add(value);
        }
    }
}
