package io.lakegate.dataset.internal;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lakegate.dataset.ShareExpiryRule;
import io.lakegate.dataset.internal.DatasetApi.Counts;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import io.lakegate.platform.SqlArrays;
import io.lakegate.platform.SqlLike;
import io.lakegate.platform.provisioning.StackStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DatasetRepository {

    private static final String COLUMNS = """
            uri, environment_uri, organization_uri, region, name, description, owner_team, stewards_team,
            confidentiality, topics, tags, auto_approval, storage_location, schema_name, imported, stack_status,
            created_by, created_at, updated_at, share_expiry_min_months, share_expiry_max_months""";

    private final JdbcClient jdbc;

    DatasetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Dataset> findByName(String environmentUri, String name) {
        return jdbc.sql("select " + COLUMNS + " from datasets where environment_uri = ? and lower(name) = lower(?)")
                .params(environmentUri, name).query(DatasetRepository::dataset).optional();
    }

    Optional<Dataset> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from datasets where uri = ?").param(uri)
                .query(DatasetRepository::dataset).optional();
    }

    /** Inserts the dataset; the name of the unique index it broke when it could not. */
    Optional<String> insert(Dataset dataset) {
        try {
            jdbc.sql("""
                    insert into datasets (uri, environment_uri, organization_uri, region, name, description, owner_team,
                        stewards_team, confidentiality, topics, tags, auto_approval, storage_location, schema_name, imported,
                        created_by, share_expiry_min_months, share_expiry_max_months)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(dataset.uri(), dataset.environmentUri(), dataset.organizationUri(), dataset.region(),
                            dataset.name(), dataset.description(), dataset.ownerTeam(), dataset.stewardsTeam(),
                            dataset.confidentiality().name(), dataset.topics().toArray(String[]::new),
                            dataset.tags().toArray(String[]::new), dataset.autoApproval(),
                            dataset.storageLocation().toString(), dataset.schemaName(), dataset.imported(),
                            dataset.createdBy(), minMonths(dataset), maxMonths(dataset))
                    .update();
            return Optional.empty();
        }
        catch (DuplicateKeyException e) {
            return Optional.of(violatedIndex(e));
        }
    }

    /** Updates the editable fields; false when the new name is taken in the environment. */
    boolean update(Dataset dataset) {
        try {
            jdbc.sql("""
                    update datasets set name = ?, description = ?, stewards_team = ?, confidentiality = ?, topics = ?,
                        tags = ?, auto_approval = ?, share_expiry_min_months = ?, share_expiry_max_months = ?,
                        updated_at = now()
                    where uri = ?""")
                    .params(dataset.name(), dataset.description(), dataset.stewardsTeam(),
                            dataset.confidentiality().name(), dataset.topics().toArray(String[]::new),
                            dataset.tags().toArray(String[]::new), dataset.autoApproval(), minMonths(dataset),
                            maxMonths(dataset), dataset.uri())
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    void updateStackStatus(String uri, StackStatus status) {
        jdbc.sql("update datasets set stack_status = ? where uri = ?").params(status.name(), uri).update();
    }

    void delete(String uri) {
        jdbc.sql("delete from datasets where uri = ?").param(uri).update();
    }

    /** Datasets owned or stewarded by one of {@code teams}, or among {@code shared}, optionally matching {@code term}. */
    Page<Dataset> listFor(Collection<String> teams, Collection<String> shared, String term, PageRequest page) {
        String[] teamArray = teams.toArray(String[]::new);
        String pattern = SqlLike.containing(term);
        String from = """
                from datasets d
                where (d.owner_team = any(?) or d.stewards_team = any(?) or d.uri = any(?))
                  and (cast(? as text) is null or d.name ilike ? escape '\\' or d.description ilike ? escape '\\'
                       or exists (select 1 from unnest(d.tags) tag where tag ilike ? escape '\\'))""";
        return PagedQuery.page(jdbc, COLUMNS, from, "lower(d.name), d.uri",
                Arrays.asList(teamArray, teamArray, shared.toArray(String[]::new), pattern, pattern, pattern, pattern), page,
                DatasetRepository::dataset);
    }

    Counts counts(String uri) {
        return jdbc.sql("""
                select (select count(*) from dataset_tables where dataset_uri = ? and status <> 'DELETED') as tables,
                       (select count(*) from dataset_folders where dataset_uri = ?) as folders""")
                .params(uri, uri)
                .query((rs, row) -> new Counts(rs.getLong("tables"), rs.getLong("folders")))
                .single();
    }

    /** Whether a dataset's location is, contains or lies inside {@code location}. */
    Optional<String> overlapping(Path location) {
        String path = location.toString();
        return jdbc.sql("""
                select uri from datasets
                where storage_location = ? or starts_with(storage_location, ?) or starts_with(?, storage_location || '/')
                limit 1""")
                .params(path, path + "/", path)
                .query(String.class)
                .optional();
    }

    /** Up to {@code limit} datasets with a uri after {@code afterUri}, by uri: for rebuilding indexes. */
    List<Dataset> page(String afterUri, int limit) {
        return jdbc.sql("select " + COLUMNS + " from datasets where uri > ? order by uri limit ?")
                .params(afterUri, limit).query(DatasetRepository::dataset).list();
    }

    List<String> urisManagedBy(Collection<String> teams) {
        String[] names = teams.toArray(String[]::new);
        return jdbc.sql("select uri from datasets where owner_team = any(?) or stewards_team = any(?) order by uri")
                .params(names, names).query(String.class).list();
    }

    List<Dataset> findAll(Collection<String> uris) {
        return jdbc.sql("select " + COLUMNS + " from datasets where uri = any(?)")
                .param(uris.toArray(String[]::new)).query(DatasetRepository::dataset).list();
    }

    List<Dataset> all() {
        return jdbc.sql("select " + COLUMNS + " from datasets order by uri").query(DatasetRepository::dataset).list();
    }

    List<String> namesIn(String environmentUri) {
        return jdbc.sql("select name from datasets where environment_uri = ? order by lower(name)")
                .param(environmentUri).query(String.class).list();
    }

    List<String> namesOwnedBy(String environmentUri, String team) {
        return jdbc.sql("""
                select name from datasets where environment_uri = ? and (owner_team = ? or stewards_team = ?)
                order by lower(name)""")
                .params(environmentUri, team, team).query(String.class).list();
    }

    Map<String, String> kvTags(String uri) {
        Map<String, String> tags = new LinkedHashMap<>();
        jdbc.sql("select key, value from dataset_kv_tags where dataset_uri = ? order by key")
                .param(uri)
                .query(rs -> {
                    tags.put(rs.getString("key"), rs.getString("value"));
                });
        return tags;
    }

    void replaceKvTags(String uri, Map<String, String> tags) {
        jdbc.sql("delete from dataset_kv_tags where dataset_uri = ?").param(uri).update();
        tags.forEach((key, value) -> jdbc.sql("insert into dataset_kv_tags (dataset_uri, key, value) values (?, ?, ?)")
                .params(uri, key, value)
                .update());
    }

    private static String violatedIndex(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        for (String index : List.of("datasets_name_idx", "datasets_schema_idx", "datasets_location_idx")) {
            if (message.contains(index)) {
                return index;
            }
        }
        throw e;
    }

    private static Dataset dataset(ResultSet rs, int row) throws SQLException {
        return new Dataset(rs.getString("uri"), rs.getString("environment_uri"), rs.getString("organization_uri"),
                rs.getString("region"), rs.getString("name"), rs.getString("description"), rs.getString("owner_team"),
                rs.getString("stewards_team"), Confidentiality.valueOf(rs.getString("confidentiality")),
                SqlArrays.strings(rs.getArray("topics")), SqlArrays.strings(rs.getArray("tags")),
                rs.getBoolean("auto_approval"), Path.of(rs.getString("storage_location")), rs.getString("schema_name"),
                rs.getBoolean("imported"), StackStatus.valueOf(rs.getString("stack_status")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("share_expiry_min_months") == null ? null : new ShareExpiryRule(
                        rs.getInt("share_expiry_min_months"), rs.getInt("share_expiry_max_months")));
    }

    private static Integer minMonths(Dataset dataset) {
        return dataset.shareExpiry() == null ? null : dataset.shareExpiry().minMonths();
    }

    private static Integer maxMonths(Dataset dataset) {
        return dataset.shareExpiry() == null ? null : dataset.shareExpiry().maxMonths();
    }
}
