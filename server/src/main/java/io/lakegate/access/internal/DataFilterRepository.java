package io.lakegate.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.lakegate.access.DataFilter;
import io.lakegate.access.TableDataFilter;
import io.lakegate.platform.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DataFilterRepository {

    private static final String COLUMNS = """
            uri, dataset_uri, table_uri, name, description, columns, row_expression, created_by, created_at""";

    private final JdbcClient jdbc;

    DataFilterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DataFilter> find(String uri) {
        return jdbc.sql("select name, columns, row_expression from data_filters where uri = ?").param(uri)
                .query((rs, row) -> new DataFilter(rs.getString("name"), SqlArrays.strings(rs.getArray("columns")),
                        rs.getString("row_expression")))
                .optional();
    }

    /** The table the filter belongs to, if the filter exists. */
    public Optional<String> tableOf(String uri) {
        return jdbc.sql("select table_uri from data_filters where uri = ?").param(uri).query(String.class).optional();
    }

    /** Inserts the filter unless its table has one of the same name (ignoring case); false then. */
    public boolean insert(TableDataFilter filter) {
        return jdbc.sql("""
                insert into data_filters (uri, dataset_uri, table_uri, name, description, columns, row_expression, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (table_uri, lower(name)) do nothing""")
                .params(filter.uri(), filter.datasetUri(), filter.tableUri(), filter.name(), filter.description(),
                        filter.columns().toArray(String[]::new), filter.rowExpression(), filter.createdBy())
                .update() == 1;
    }

    public Optional<TableDataFilter> findTableFilter(String uri) {
        return jdbc.sql("select " + COLUMNS + " from data_filters where uri = ?").param(uri)
                .query(DataFilterRepository::tableFilter).optional();
    }

    public List<TableDataFilter> findTableFilters(Collection<String> uris) {
        return jdbc.sql("select " + COLUMNS + " from data_filters where uri = any(?)")
                .param(uris.toArray(String[]::new))
                .query(DataFilterRepository::tableFilter).list();
    }

    public Optional<TableDataFilter> findTableFilterByName(String tableUri, String name) {
        return jdbc.sql("select " + COLUMNS + " from data_filters where table_uri = ? and name = ?")
                .params(tableUri, name)
                .query(DataFilterRepository::tableFilter).optional();
    }

    /** The table's filters by name. */
    public List<TableDataFilter> ofTable(String tableUri) {
        return jdbc.sql("select " + COLUMNS + " from data_filters where table_uri = ? order by lower(name), uri")
                .param(tableUri)
                .query(DataFilterRepository::tableFilter).list();
    }

    /**
     * The URI of the filter, if it exists, locked until the transaction ends: a grant that would start using it waits
     * meanwhile, and one that did is seen.
     */
    public List<String> lock(String uri) {
        return lockWhere("uri = ?", uri);
    }

    /** The URIs of the table's filters, locked as by {@link #lock}. */
    public List<String> lockOfTable(String tableUri) {
        return lockWhere("table_uri = ?", tableUri);
    }

    /** The URIs of the filters of the dataset's tables, locked as by {@link #lock}. */
    public List<String> lockInDataset(String datasetUri) {
        return lockWhere("dataset_uri = ?", datasetUri);
    }

    /** Those of the filters that grants read through, by name. */
    public List<FilterUse> uses(List<String> uris) {
        return jdbc.sql("""
                select f.uri, f.name, count(*) as grants from data_filters f join grants g on g.filter_uri = f.uri
                where f.uri = any(?) group by f.uri, f.name order by lower(f.name), f.uri""")
                .param(uris.toArray(String[]::new))
                .query((rs, row) -> new FilterUse(rs.getString("uri"), rs.getString("name"), rs.getLong("grants")))
                .list();
    }

    public void delete(List<String> uris) {
        jdbc.sql("delete from data_filters where uri = any(?)").param(uris.toArray(String[]::new)).update();
    }

    /** A filter and the number of grants that read through it. */
    public record FilterUse(String uri, String name, long grants) {
    }

    private List<String> lockWhere(String condition, String value) {
        return jdbc.sql("select uri from data_filters where " + condition + " order by uri for update").param(value)
                .query(String.class).list();
    }

    private static TableDataFilter tableFilter(ResultSet rs, int row) throws SQLException {
        return new TableDataFilter(rs.getString("uri"), rs.getString("dataset_uri"), rs.getString("table_uri"),
                rs.getString("name"), rs.getString("description"), SqlArrays.strings(rs.getArray("columns")),
                rs.getString("row_expression"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
