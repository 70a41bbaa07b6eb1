package io.lakegate.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.lakegate.access.Grant;
import io.lakegate.access.GrantTarget;
import io.lakegate.access.Grantee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class GrantRepository {

    private static final String COLUMNS = """
            uri, dataset_uri, object_type, object_uri, prefix, grantee_type, grantee_id, filter_uri, source, granted_by,
            granted_at""";
    /** Matches the grants to the grantees given as two parameters: their types and their ids, in the same order. */
    private static final String TO_GRANTEES = "(grantee_type, grantee_id) in (select * from unnest(cast(? as text[]), cast(? as text[])))";

    private final JdbcClient jdbc;

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the grant unless one exists for its source; returns the grant of that source. */
    public Grant insertOnce(Grant grant) {
        jdbc.sql("""
                insert into grants (uri, dataset_uri, object_type, object_uri, prefix, grantee_type, grantee_id, filter_uri,
                    source, granted_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source) do nothing""")
                .params(grant.uri(), grant.datasetUri(), grant.target().type().name(), grant.target().uri(),
                        grant.target().prefix(), grant.grantee().type().name(), grant.grantee().id(), grant.filterUri(),
                        grant.source(), grant.grantedBy())
                .update();
        return findBySource(grant.source()).orElseThrow();
    }

    public Optional<Grant> findBySource(String source) {
        return jdbc.sql("select " + COLUMNS + " from grants where source = ?").param(source)
                .query(GrantRepository::grant).optional();
    }

    public boolean deleteBySource(String source) {
        return jdbc.sql("delete from grants where source = ?").param(source).update() > 0;
    }

    /** The grants in the dataset to any of the grantees. */
    public List<Grant> inDataset(String datasetUri, Collection<Grantee> grantees) {
        return jdbc.sql("select " + COLUMNS + " from grants where dataset_uri = ? and " + TO_GRANTEES + " order by granted_at, uri")
                .params(datasetUri, types(grantees), ids(grantees))
                .query(GrantRepository::grant).list();
    }

    /** Every grant to any of the grantees. */
    public List<Grant> to(Collection<Grantee> grantees) {
        return jdbc.sql("select " + COLUMNS + " from grants where " + TO_GRANTEES + " order by dataset_uri, granted_at, uri")
                .params(types(grantees), ids(grantees))
                .query(GrantRepository::grant).list();
    }

    public boolean anyOnObject(String objectUri) {
        return jdbc.sql("select exists (select 1 from grants where object_uri = ?)").param(objectUri)
                .query(Boolean.class).single();
    }

    public boolean anyInDataset(String datasetUri) {
        return jdbc.sql("select exists (select 1 from grants where dataset_uri = ?)").param(datasetUri)
                .query(Boolean.class).single();
    }

    private static String[] types(Collection<Grantee> grantees) {
        return grantees.stream().map(grantee -> grantee.type().name()).toArray(String[]::new);
    }

    private static String[] ids(Collection<Grantee> grantees) {
        return grantees.stream().map(Grantee::id).toArray(String[]::new);
    }

    private static Grant grant(ResultSet rs, int row) throws SQLException {
        GrantTarget.Type type = GrantTarget.Type.valueOf(rs.getString("object_type"));
        return new Grant(rs.getString("uri"), rs.getString("dataset_uri"),
                new GrantTarget(type, rs.getString("object_uri"), rs.getString("prefix")),
                new Grantee(Grantee.Type.valueOf(rs.getString("grantee_type")), rs.getString("grantee_id")),
                rs.getString("filter_uri"), rs.getString("source"), rs.getString("granted_by"),
                rs.getTimestamp("granted_at").toInstant());
    }
}
