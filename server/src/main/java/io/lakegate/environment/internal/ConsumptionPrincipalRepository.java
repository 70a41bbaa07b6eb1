package io.lakegate.environment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsumptionPrincipalRepository {

    private static final String COLUMNS = "uri, environment_uri, name, owner_team, token_hint, created_by, created_at, token_rotated_at";

    private final JdbcClient jdbc;

    ConsumptionPrincipalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ConsumptionPrincipal> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from consumption_principals where uri = ?").param(uri)
                .query(ConsumptionPrincipalRepository::map).optional();
    }

    Optional<ConsumptionPrincipal> findByTokenHash(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from consumption_principals where token_hash = ?").param(tokenHash)
                .query(ConsumptionPrincipalRepository::map).optional();
    }

    List<ConsumptionPrincipal> inEnvironment(String environmentUri) {
        return jdbc.sql("select " + COLUMNS + " from consumption_principals where environment_uri = ? order by lower(name)")
                .param(environmentUri).query(ConsumptionPrincipalRepository::map).list();
    }

    List<String> namesOwnedBy(String environmentUri, String team) {
        return jdbc.sql("select name from consumption_principals where environment_uri = ? and owner_team = ? order by name")
                .params(environmentUri, team).query(String.class).list();
    }

    /** Inserts the principal; false when the environment already has one of that name. */
    boolean insert(String uri, String environmentUri, String name, String ownerTeam, String tokenHash, String tokenHint,
            String createdBy) {
        try {
            jdbc.sql("""
                    insert into consumption_principals (uri, environment_uri, name, owner_team, token_hash, token_hint, created_by)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(uri, environmentUri, name, ownerTeam, tokenHash, tokenHint, createdBy)
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    void replaceToken(String uri, String tokenHash, String tokenHint) {
        jdbc.sql("update consumption_principals set token_hash = ?, token_hint = ?, token_rotated_at = now() where uri = ?")
                .params(tokenHash, tokenHint, uri)
                .update();
    }

    void delete(String uri) {
        jdbc.sql("delete from consumption_principals where uri = ?").param(uri).update();
    }

    private static ConsumptionPrincipal map(ResultSet rs, int row) throws SQLException {
        return new ConsumptionPrincipal(rs.getString("uri"), rs.getString("environment_uri"), rs.getString("name"),
                rs.getString("owner_team"), rs.getString("token_hint"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("token_rotated_at").toInstant());
    }
}
