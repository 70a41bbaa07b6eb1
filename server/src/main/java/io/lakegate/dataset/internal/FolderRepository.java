package io.lakegate.dataset.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.lakegate.platform.SqlArrays;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FolderRepository {

    private static final String COLUMNS = "uri, dataset_uri, name, prefix, description, tags, created_by, created_at, updated_at";

    private final JdbcClient jdbc;

    FolderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Folder> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from dataset_folders where uri = ?").param(uri)
                .query(FolderRepository::folder).optional();
    }

    /** Up to {@code limit} folders with a uri after {@code afterUri}, by uri: for rebuilding indexes. */
    List<Folder> page(String afterUri, int limit) {
        return jdbc.sql("select " + COLUMNS + " from dataset_folders where uri > ? order by uri limit ?")
                .params(afterUri, limit).query(FolderRepository::folder).list();
    }

    List<Folder> listByDataset(String datasetUri) {
        return jdbc.sql("select " + COLUMNS + " from dataset_folders where dataset_uri = ? order by lower(name)")
                .param(datasetUri).query(FolderRepository::folder).list();
    }

    /** Inserts the folder; the violated unique index ("name" or "prefix") when the dataset has one like it. */
    Optional<String> insert(Folder folder) {
        try {
            jdbc.sql("""
                    insert into dataset_folders (uri, dataset_uri, name, prefix, description, tags, created_by)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(folder.uri(), folder.datasetUri(), folder.name(), folder.prefix(), folder.description(),
                            folder.tags().toArray(String[]::new), folder.createdBy())
                    .update();
            return Optional.empty();
        }
        catch (DuplicateKeyException e) {
            return Optional.of(String.valueOf(e.getMostSpecificCause().getMessage()).contains("dataset_folders_prefix_idx")
                    ? "prefix" : "name");
        }
    }

    /** False when the new name is taken in the dataset. */
    boolean update(Folder folder) {
        try {
            jdbc.sql("update dataset_folders set name = ?, description = ?, tags = ?, updated_at = now() where uri = ?")
                    .params(folder.name(), folder.description(), folder.tags().toArray(String[]::new), folder.uri())
                    .update();
            return true;
        }
        catch (DuplicateKeyException e) {
            return false;
        }
    }

    void delete(String uri) {
        jdbc.sql("delete from dataset_folders where uri = ?").param(uri).update();
    }

    private static Folder folder(ResultSet rs, int row) throws SQLException {
        return new Folder(rs.getString("uri"), rs.getString("dataset_uri"), rs.getString("name"), rs.getString("prefix"),
                rs.getString("description"), SqlArrays.strings(rs.getArray("tags")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
