package io.lakegate.dataset.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import io.lakegate.access.TableColumn;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.query.DuckDbConnections;

/** Writes datasets of real files and crawls them. */
abstract class CrawlTestSupport {

    final RecordingCrawlLog log = new RecordingCrawlLog();

    static TableDiscovery discovery() {
        return new TableDiscovery(new DuckDbConnections(new LakegateProperties.Query("1GB", 2, Duration.ofSeconds(60))));
    }

    CrawlFindings crawl(Path dataset) {
        return crawl(dataset, "");
    }

    CrawlFindings crawl(Path dataset, String prefix) {
        return discovery().discover(dataset, prefix, log);
    }

    static Path write(Path dataset, String relativePath, String content) {
        return write(dataset, relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dataset, String relativePath, byte[] content) {
        try {
            Path file = dataset.resolve(relativePath);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeGzipped(Path dataset, String relativePath, String content) {
        try {
            Path file = dataset.resolve(relativePath);
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

    /** Writes the query's rows to a Parquet file. */
    static void parquet(Path file, String query) {
        copy(query, file, "format parquet");
    }

    /** Writes the query's rows to Parquet files in {@code key=value} directories under {@code directory}. */
    static void partitionedParquet(Path directory, String query, String partitionColumns) {
        copy(query, directory, "format parquet, partition_by (%s)".formatted(partitionColumns));
    }

    private static void copy(String query, Path target, String options) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            Files.createDirectories(target.getParent());
            statement.execute("copy (%s) to %s (%s)".formatted(query, DuckDbConnections.literal(target.toString()), options));
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DiscoveredTable table(CrawlFindings findings, String name) {
        return findings.tables().stream().filter(table -> table.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No table " + name + " in " + findings));
    }

    static TableColumn column(String name, String type) {
        return new TableColumn(name, type, false);
    }

    static TableColumn partition(String name, String type) {
        return new TableColumn(name, type, true);
    }

    static List<String> names(CrawlFindings findings) {
        return findings.tables().stream().map(DiscoveredTable::name).toList();
    }

    static void assertNoFailures(CrawlFindings findings) {
        assertThat(findings.failures()).isEmpty();
    }
}
