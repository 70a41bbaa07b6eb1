package io.lakegate.dataset.internal.crawl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.lakegate.query.DuckDbConnections;

/**
 * The DuckDB database a crawl reads files with, allowed to read the dataset and nothing else. Each query
 * gets its own statement: the DuckDB driver closes a statement whose query failed.
 */
final class CrawlEngine implements AutoCloseable {

    /** Reads the one row a query answers. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Path datasetRoot;

    CrawlEngine(Connection connection, Path datasetRoot) {
        this.connection = connection;
        this.datasetRoot = datasetRoot;
    }

    /** The columns of {@code select * from <relation>}, e.g. of {@code read_parquet([...])}. */
    List<DescribedColumn> describe(String relation) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("describe select * from " + relation)) {
            List<DescribedColumn> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(new DescribedColumn(rows.getString("column_name"), rows.getString("column_type")));
            }
            return columns;
        }
    }

    <T> T queryRow(String sql, RowReader<T> reader) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new SQLException("No row for " + sql);
            }
            return reader.read(rows);
        }
    }

    String clean(SQLException e) {
        return EngineMessages.clean(e.getMessage(), datasetRoot);
    }

    Path datasetRoot() {
        return datasetRoot;
    }

    /** A SQL list of the files' absolute paths. */
    static String fileList(List<DataFile> files) {
        return files.stream().map(file -> DuckDbConnections.literal(file.path().toString()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
