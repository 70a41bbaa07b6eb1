package io.lakegate.dataset.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lakegate.access.TableFormat;
import io.lakegate.platform.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class TableRepository {

    private static final String COLUMNS = """
            uri, dataset_uri, name, location, description, tags, format, reader_options, status, needs_crawl,
            object_count, total_bytes, record_count, fingerprint, created_at, updated_at, synced_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TableRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<DatasetTable> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from dataset_tables where uri = ?").param(uri)
                .query((rs, row) -> table(rs)).optional();
    }

    /** The dataset's tables by name, with their columns, in two queries. */
    List<DatasetTable> listByDataset(String datasetUri) {
        return tables("select uri from dataset_tables where dataset_uri = ?", "dataset_uri, name", datasetUri);
    }

    /** The tables of the datasets, by dataset and name, with their columns, in two queries. */
    List<DatasetTable> listByDatasets(Collection<String> datasetUris) {
        return tables("select uri from dataset_tables where dataset_uri = any(?)", "dataset_uri, name",
                (Object) datasetUris.toArray(String[]::new));
    }

    /** The tables of those uris that exist, by uri, with their columns, in two queries. */
    List<DatasetTable> findAll(Collection<String> uris) {
        return tables("select uri from dataset_tables where uri = any(?)", "uri", (Object) uris.toArray(String[]::new));
    }

    /** Up to {@code limit} tables with a uri after {@code afterUri}, by uri, with their columns: for rebuilding indexes. */
    List<DatasetTable> page(String afterUri, int limit) {
        return tables("select uri from dataset_tables where uri > ? order by uri limit ?", "uri", afterUri, limit);
    }

    /** The tables whose uris {@code selection} selects, in {@code order}, with their columns, in two queries. */
    private List<DatasetTable> tables(String selection, String order, Object... params) {
        Map<String, List<DatasetTable.Column>> columns = new HashMap<>();
        jdbc.sql("select table_uri, name, type, partition, description from dataset_table_columns where table_uri in ("
                        + selection + ") order by table_uri, position")
                .params(params)
                .query(rs -> {
                    columns.computeIfAbsent(rs.getString("table_uri"), uri -> new ArrayList<>())
                            .add(new DatasetTable.Column(rs.getString("name"), rs.getString("type"),
                                    rs.getBoolean("partition"), rs.getString("description")));
                });
        return jdbc.sql("select " + COLUMNS + " from dataset_tables where uri in (" + selection + ") order by " + order)
                .params(params)
                .query((rs, row) -> table(rs, columns.getOrDefault(rs.getString("uri"), List.of()))).list();
    }

    void insert(DatasetTable table) {
        jdbc.sql("""
                insert into dataset_tables (uri, dataset_uri, name, location, format, reader_options, status,
                    object_count, total_bytes, record_count, fingerprint)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)""")
                .params(table.uri(), table.datasetUri(), table.name(), table.location(), table.format().name(),
                        json.writeValueAsString(table.readerOptions()), table.status().name(),
                        table.statistics().objectCount(), table.statistics().totalBytes(),
                        table.statistics().recordCount(), table.statistics().fingerprint())
                .update();
        insertColumns(table.uri(), table.columns());
    }

    /**
     * A record count the crawl does not know: kept while the files are the ones it was counted in (the fingerprint
     * unchanged), as a profile of the whole table counted it.
     */
    private static final String RECORD_COUNT = "coalesce(cast(? as bigint), case when fingerprint = ? then record_count end)";

    /**
     * Writes what a crawl found: format, reader options, columns and statistics. Columns that keep their name
     * keep their description; the table is in sync again.
     */
    void updateSchema(DatasetTable table) {
        jdbc.sql("""
                update dataset_tables set format = ?, reader_options = cast(? as jsonb), status = 'IN_SYNC',
                    needs_crawl = false, object_count = ?, total_bytes = ?, record_count = %s, fingerprint = ?,
                    updated_at = now(), synced_at = now()
                where uri = ?""".formatted(RECORD_COUNT))
                .params(table.format().name(), json.writeValueAsString(table.readerOptions()),
                        table.statistics().objectCount(), table.statistics().totalBytes(),
                        table.statistics().recordCount(), table.statistics().fingerprint(),
                        table.statistics().fingerprint(), table.uri())
                .update();
        Map<String, String> descriptions = new HashMap<>();
        columns(table.uri()).forEach(column -> descriptions.put(column.name(), column.description()));
        jdbc.sql("delete from dataset_table_columns where table_uri = ?").param(table.uri()).update();
        insertColumns(table.uri(), table.columns().stream()
                .map(column -> new DatasetTable.Column(column.name(), column.type(), column.partition(),
                        descriptions.get(column.name())))
                .toList());
    }

    /** A crawl found the table's shape unchanged: only what its files hold now is written. */
    void updateStatistics(String uri, DatasetTable.Statistics statistics) {
        jdbc.sql("""
                update dataset_tables set status = 'IN_SYNC', needs_crawl = false, object_count = ?, total_bytes = ?,
                    record_count = %s, fingerprint = ?, synced_at = now()
                where uri = ?""".formatted(RECORD_COUNT))
                .params(statistics.objectCount(), statistics.totalBytes(), statistics.recordCount(),
                        statistics.fingerprint(), statistics.fingerprint(), uri)
                .update();
    }

    /**
     * The number of records a profile of the whole table counted in the files of {@code fingerprint}, for a table whose
     * crawl could not count them cheaply (CSV, JSON); nothing if its files changed since.
     */
    void countRecords(String uri, String fingerprint, long records) {
        jdbc.sql("update dataset_tables set record_count = ? where uri = ? and fingerprint = ? and record_count is null")
                .params(records, uri, fingerprint).update();
    }

    void markSynced(String uri, DatasetTable.Status status, boolean needsCrawl) {
        jdbc.sql("update dataset_tables set status = ?, needs_crawl = ?, synced_at = now() where uri = ?")
                .params(status.name(), needsCrawl, uri).update();
    }

    void updateMetadata(String uri, String description, List<String> tags) {
        jdbc.sql("update dataset_tables set description = ?, tags = ?, updated_at = now() where uri = ?")
                .params(description, tags.toArray(String[]::new), uri).update();
    }

    /** Sets the descriptions of the named columns; returns the names that are not columns of the table. */
    List<String> describeColumns(String uri, Map<String, String> descriptions) {
        List<String> known = columns(uri).stream().map(DatasetTable.Column::name).toList();
        List<String> unknown = descriptions.keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted().toList();
        if (unknown.isEmpty()) {
            descriptions.forEach((name, description) -> jdbc.sql(
                    "update dataset_table_columns set description = ? where table_uri = ? and name = ?")
                    .params(description, uri, name).update());
            jdbc.sql("update dataset_tables set updated_at = now() where uri = ?").param(uri).update();
        }
        return unknown;
    }

    void delete(String uri) {
        jdbc.sql("delete from dataset_tables where uri = ?").param(uri).update();
    }

    private List<DatasetTable.Column> columns(String tableUri) {
        return jdbc.sql("select name, type, partition, description from dataset_table_columns where table_uri = ? order by position")
                .param(tableUri)
                .query((rs, row) -> new DatasetTable.Column(rs.getString("name"), rs.getString("type"),
                        rs.getBoolean("partition"), rs.getString("description")))
                .list();
    }

    private void insertColumns(String tableUri, List<DatasetTable.Column> columns) {
        for (int position = 0; position < columns.size(); position++) {
            DatasetTable.Column column = columns.get(position);
            jdbc.sql("""
                    insert into dataset_table_columns (table_uri, position, name, type, partition, description)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(tableUri, position, column.name(), column.type(), column.partition(), column.description())
                    .update();
        }
    }

    private DatasetTable table(ResultSet rs) throws SQLException {
        return table(rs, columns(rs.getString("uri")));
    }

    private DatasetTable table(ResultSet rs, List<DatasetTable.Column> columns) throws SQLException {
        long recordCount = rs.getLong("record_count");
        Long records = rs.wasNull() ? null : recordCount;
        String uri = rs.getString("uri");
        return new DatasetTable(uri, rs.getString("dataset_uri"), rs.getString("name"), rs.getString("location"),
                rs.getString("description"), SqlArrays.strings(rs.getArray("tags")),
                TableFormat.valueOf(rs.getString("format")),
                json.readValue(rs.getString("reader_options"), new TypeReference<Map<String, String>>() { }),
                columns, DatasetTable.Status.valueOf(rs.getString("status")), rs.getBoolean("needs_crawl"),
                new DatasetTable.Statistics(rs.getLong("object_count"), rs.getLong("total_bytes"), records,
                        rs.getString("fingerprint")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("synced_at").toInstant());
    }
}
