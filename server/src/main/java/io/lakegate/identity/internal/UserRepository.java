package io.lakegate.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.SqlLike;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private static final String SELECT = """
            select u.username, u.display_name, u.email, u.password_hash, u.source, u.created_at,
                   coalesce(array_agg(m.team order by m.team) filter (where m.team is not null), '{}') as teams
            from users u left join memberships m on m.username = u.username
            """;

    private final JdbcClient jdbc;
    private final IdentityVersion version;

    UserRepository(JdbcClient jdbc, IdentityVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    public Optional<StoredUser> find(String username) {
        return jdbc.sql(SELECT + " where u.username = ? group by u.username").param(username)
                .query(UserRepository::map).optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from users where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    public long count() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    public Page<StoredUser> list(String term, PageRequest page) {
        String pattern = SqlLike.containing(term);
        String where = " where cast(? as text) is null or u.username ilike ? escape '\\' or u.display_name ilike ? escape '\\'";
        long total = jdbc.sql("select count(*) from users u" + where).params(pattern, pattern, pattern).query(Long.class).single();
        List<StoredUser> users = jdbc.sql(SELECT + where + " group by u.username order by u.username limit ? offset ?")
                .params(pattern, pattern, pattern, page.size(), page.offset())
                .query(UserRepository::map)
                .list();
        return page.page(users, total);
    }

    public void insert(String username, String displayName, String email, String passwordHash, String source) {
        version.changed();
        jdbc.sql("insert into users (username, display_name, email, password_hash, source) values (?, ?, ?, ?, ?)")
                .params(username, displayName, email, passwordHash, source)
                .update();
    }

    /** Records an identity-provider user as last seen; their teams come from each token. */
    public void upsertExternal(String username, String displayName, String email) {
        version.changed();
        jdbc.sql("""
                insert into users (username, display_name, email, source) values (?, ?, ?, 'OIDC')
                on conflict (username) do update set display_name = excluded.display_name, email = excluded.email,
                updated_at = now() where users.source = 'OIDC'""")
                .params(username, displayName, email)
                .update();
    }

    public void update(String username, String displayName, String email) {
        version.changed();
        jdbc.sql("update users set display_name = ?, email = ?, updated_at = now() where username = ?")
                .params(displayName, email, username)
                .update();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("update users set password_hash = ?, updated_at = now() where username = ?")
                .params(passwordHash, username)
                .update();
    }

    public boolean delete(String username) {
        version.changed();
        return jdbc.sql("delete from users where username = ?").param(username).update() == 1;
    }

    private static StoredUser map(ResultSet rs, int row) throws SQLException {
        Set<String> teams = new TreeSet<>(List.of((String[]) rs.getArray("teams").getArray()));
        return new StoredUser(rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                rs.getString("password_hash"), rs.getString("source"), teams, rs.getTimestamp("created_at").toInstant());
    }
}
