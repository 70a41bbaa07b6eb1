package io.lakegate.query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.stream.Collectors;

import io.lakegate.platform.LakegateProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Opens DuckDB databases that can read only what they are given. Each connection is a fresh in-memory
 * database: the allowed directories and files are set first, then external access is switched off and the
 * configuration locked, so nothing run on the connection afterwards can widen them. Only DuckDB's built-in
 * extensions are available; nothing is installed or loaded from the network. Databases are opened ahead of need
 * ({@code lakegate.query.spare-databases}), as empty databases configured only when taken.
 *
 * <p>DuckDB resolves symbolic links before it compares a path with the allowed directories, so a link inside an
 * allowed directory that points elsewhere is refused. The allowed directories allow writing as well as reading:
 * whoever runs SQL on these connections must allow only reading statements.
 */
@Component
public class DuckDbConnections implements AutoCloseable {

    private final SpareDatabases databases;

    @Autowired
    DuckDbConnections(LakegateProperties properties) {
        this(properties.query());
    }

    public DuckDbConnections(LakegateProperties.Query settings) {
        this.databases = new SpareDatabases(settings.spareDatabases(), () -> prepared(settings));
    }

    /**
     * A database that may read files under {@code directories} and the files {@code files}, and nothing else.
     * Directories are absolute paths other than the root; a trailing {@code /} is added so that {@code /a/b} does not
     * allow {@code /a/bc}.
     */
    public Connection open(Collection<String> directories, Collection<String> files) throws SQLException {
        directories.forEach(DuckDbConnections::requireDirectoryBelowRoot);
        Connection connection = databases.take();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set allowed_directories = " + list(directories.stream()
                    .map(directory -> directory.endsWith("/") ? directory : directory + "/").toList()));
            statement.execute("set allowed_paths = " + list(files));
            statement.execute("set enable_external_access = false");
            statement.execute("set lock_configuration = true");
        }
        catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Closes a database that {@link #open} gave, when done with it; perhaps a little later, by another thread. */
    public void release(Connection connection) {
        databases.retire(connection);
    }

    /** Closes the spare databases, and those still closing. */
    @Override
    public void close() {
        databases.close();
    }

    /** A new database with the engine's limits, and no extension loaded or installed on demand. */
    private static Connection prepared(LakegateProperties.Query settings) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("set autoinstall_known_extensions = false");
            statement.execute("set autoload_known_extensions = false");
            // no asynchronous writes: DuckDB 2.0's async Parquet writer can hang for good when a COPY is interrupted
            // as it writes (duckdb#23885); a cancel or the time limit must always stop a statement
            statement.execute("set async_threads = 0");
            statement.execute("set memory_limit = " + literal(settings.memoryLimit()));
            if (settings.threads() > 0) {
                statement.execute("set threads = " + settings.threads());
            }
        }
        catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static void requireDirectoryBelowRoot(String directory) {
        if (!directory.startsWith("/") || directory.replace("/", "").isEmpty()) {
            throw new IllegalArgumentException("An allowed directory must be absolute and below the root: '%s'"
                    .formatted(directory));
        }
    }

    /** A SQL string literal. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A SQL identifier, quoted. */
    public static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String list(Collection<String> values) {
        return values.stream().map(DuckDbConnections::literal).collect(Collectors.joining(", ", "[", "]"));
    }
}
