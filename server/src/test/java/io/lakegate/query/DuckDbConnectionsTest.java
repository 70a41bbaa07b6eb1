package io.lakegate.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.lakegate.platform.LakegateProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What DuckDB 2.0 does with the settings, in the order {@link DuckDbConnections} applies them: allowed lists, then
 * external access off, then the lock. Views made afterwards read under the lock.
 */
class DuckDbConnectionsTest {

    private final DuckDbConnections connections =
            new DuckDbConnections(new LakegateProperties.Query("1GB", 2, Duration.ofSeconds(5)));

    @TempDir
    Path root;

    @Test
    void aViewMadeUnderTheLockReadsAnAllowedDirectory() throws SQLException {
        Path table = TableFiles.write(root.resolve("table/part-0.csv"), "id\n1\n2\n").getParent();

        try (Connection connection = connections.open(List.of(table.toString()), List.of());
                Statement statement = connection.createStatement()) {
            statement.execute("create view v as select * from read_csv('%s/*.csv')".formatted(table));

            assertThat(count(connection, "select count(*) from v")).isEqualTo(2);
        }
    }

    @Test
    void aViewCannotBeMadeOverADirectoryThatIsNotAllowed() throws SQLException {
        Path allowed = TableFiles.write(root.resolve("allowed/part-0.csv"), "id\n1\n").getParent();
        Path other = TableFiles.write(root.resolve("other/part-0.csv"), "id\n1\n").getParent();

        try (Connection connection = connections.open(List.of(allowed.toString()), List.of());
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(
                    "create view v as select * from read_csv('%s/*.csv')".formatted(other)))
                    .hasMessageContaining("file system operations are disabled by configuration");
        }
    }

    @Test
    void aViewMadeBeforeTheLockCannotReadWhatTheLockDoesNotAllow() throws SQLException {
        Path other = TableFiles.write(root.resolve("other/part-0.csv"), "id\n1\n").getParent();

        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("create view v as select * from read_csv('%s/*.csv')".formatted(other));
            statement.execute("set allowed_directories = ['%s/']".formatted(root.resolve("allowed")));
            statement.execute("set enable_external_access = false");
            statement.execute("set lock_configuration = true");

            assertThatThrownBy(() -> count(connection, "select count(*) from v"))
                    .hasMessageContaining("file system operations are disabled by configuration");
        }
    }

    @Test
    void allowedListsCannotBeSetOnceExternalAccessIsOff() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("set enable_external_access = false");

            assertThatThrownBy(() -> statement.execute("set allowed_directories = ['%s/']".formatted(root)))
                    .hasMessageContaining("Cannot change allowed_directories when enable_external_access is disabled");
        }
    }

    @Test
    void aLinkInsideAnAllowedDirectoryIsFollowedOnlyIfItStaysInside() throws SQLException {
        Path table = TableFiles.write(root.resolve("table/part-0.csv"), "id\n1\n").getParent();
        Path secret = TableFiles.write(root.resolve("outside/secret.csv"), "secret\nvalue\n");
        TableFiles.symbolicLink(table.resolve("inside.csv"), table.resolve("part-0.csv"));
        TableFiles.symbolicLink(table.resolve("outside.csv"), secret);
        TableFiles.symbolicLink(table.resolve("outside-directory"), secret.getParent());

        try (Connection connection = connections.open(List.of(table.toString()), List.of())) {
            assertThat(count(connection, "select count(*) from read_csv('%s/inside.csv')".formatted(table)))
                    .isEqualTo(1);
            for (String link : List.of("outside.csv", "outside-directory/secret.csv")) {
                assertThatThrownBy(() -> count(connection,
                        "select count(*) from read_csv('%s/%s')".formatted(table, link)))
                        .hasMessageContaining("file system operations are disabled by configuration");
            }
        }
    }

    @Test
    void refusesToAllowTheRootOrARelativeDirectory() {
        for (String directory : List.of("/", "//", "relative/dir")) {
            assertThatThrownBy(() -> connections.open(List.of(directory), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be absolute and below the root");
        }
    }

    /** A statement per query: the driver closes a statement whose query failed. */
    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
