package io.lakegate.dataset.internal.profiling;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.lakegate.platform.LakegateProperties;
import io.lakegate.query.DuckDbConnections;
import org.assertj.core.util.DoubleComparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.lakegate.query.DuckDbConnections.literal;
import static org.assertj.core.api.Assertions.assertThat;

/** Profiling as the task does it: a view over Parquet files on a sandboxed connection whose settings are locked. */
class ParquetProfilingTest {

    private final TableProfiler profiler = new TableProfiler();
    private final ProfilingProgress ignored = (message, percent) -> {
    };

    @TempDir
    Path directory;

    @Test
    void profilesAParquetFileInTheSandboxLikeTheTableItWasWrittenFrom() throws SQLException {
        Path file = directory.resolve("sample.parquet");
        TableProfile tableProfile;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            SampleTable.random(2_000, 7).create(connection, "sample");
            execute(connection, "copy sample to " + literal(file.toString()) + " (format parquet)");
            tableProfile = profiler.profile(connection, "\"sample\"", ignored);
        }

        DuckDbConnections engine =
                new DuckDbConnections(new LakegateProperties.Query("2GB", 0, Duration.ofSeconds(60)));
        try (Connection sandbox = engine.open(List.of(directory.toString()), List.of())) {
            execute(sandbox, "create schema lake");
            execute(sandbox, "create view lake.sample as select * from read_parquet(" + literal(file.toString()) + ")");

            assertThat(profiler.profile(sandbox, "\"lake\".\"sample\"", ignored))
                    .usingRecursiveComparison()
                    .withComparatorForType(new DoubleComparator(1e-9), Double.class)
                    .isEqualTo(tableProfile);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
