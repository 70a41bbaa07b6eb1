package io.lakegate.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import io.lakegate.access.TableColumn;
import io.lakegate.access.TableFormat;
import io.lakegate.access.TableSource;

/** Writes tables' data files for tests, as the store would hold them, and describes them as table sources. */
final class TableFiles {

    private TableFiles() {
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeGzip(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code sql} on a DuckDB database without any restriction, e.g. a COPY that writes Parquet files. */
    static void runUnrestricted(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path symbolicLink(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, target);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TableSource csv(Path location, List<TableColumn> columns) {
        return new TableSource(location.toString(), TableFormat.CSV,
                Map.of("delimiter", ",", "quote", "\"", "escape", "\"", "header", "true"), columns);
    }

    static TableColumn column(String name, String type) {
        return new TableColumn(name, type, false);
    }

    static TableColumn partition(String name, String type) {
        return new TableColumn(name, type, true);
    }
}
