package io.lakegate.worksheet.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import io.lakegate.platform.SqlArrays;
import io.lakegate.platform.SqlLike;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorksheetRepository {

    private static final String COLUMNS = """
            uri, name, description, owner_team, environment_uri, tags, sql_text, created_by, created_at, updated_at""";

    private final JdbcClient jdbc;

    WorksheetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the worksheet; false when its team has one of that name. */
    boolean insert(Worksheet worksheet) {
        try {
            jdbc.sql("""
                    insert into worksheets (uri, name, description, owner_team, environment_uri, tags, sql_text, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(worksheet.uri(), worksheet.name(), worksheet.description(), worksheet.ownerTeam(),
                            worksheet.environmentUri(), worksheet.tags().toArray(String[]::new), worksheet.sql(),
                            worksheet.createdBy())
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Updates name, description, tags and SQL; false when the new name is taken in the team. */
    boolean update(Worksheet worksheet) {
        try {
            jdbc.sql("""
                    update worksheets set name = ?, description = ?, tags = ?, sql_text = ?, updated_at = now()
                    where uri = ?""")
                    .params(worksheet.name(), worksheet.description(), worksheet.tags().toArray(String[]::new),
                            worksheet.sql(), worksheet.uri())
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Worksheet> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from worksheets where uri = ?").param(uri)
                .query(WorksheetRepository::worksheet).optional();
    }

    /** The worksheets of the teams, optionally matching {@code term}, by name. */
    Page<Worksheet> listFor(Collection<String> teams, String term, PageRequest page) {
        String pattern = SqlLike.containing(term);
        return PagedQuery.page(jdbc, COLUMNS, """
                        from worksheets where owner_team = any(?)
                        and (cast(? as text) is null or name ilike ? escape '\\' or description ilike ? escape '\\')""",
                "lower(name), uri", Arrays.asList(teams.toArray(String[]::new), pattern, pattern, pattern), page,
                WorksheetRepository::worksheet);
    }

    void delete(String uri) {
        jdbc.sql("delete from worksheets where uri = ?").param(uri).update();
    }

    private static Worksheet worksheet(ResultSet rs, int row) throws SQLException {
        return new Worksheet(rs.getString("uri"), rs.getString("name"), rs.getString("description"),
                rs.getString("owner_team"), rs.getString("environment_uri"), SqlArrays.strings(rs.getArray("tags")),
                rs.getString("sql_text"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
