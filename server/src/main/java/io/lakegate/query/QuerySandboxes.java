package io.lakegate.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

import io.lakegate.platform.LakegateProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Opens query sandboxes: for each, a fresh in-memory DuckDB database that may read only the given tables' locations,
 * with a view per table. The database is locked before any view is made, so that even the views' own SQL reads under
 * the lock: DuckDB checks the allowed directories when it binds a view, at its creation and on every query.
 */
@Component
public class QuerySandboxes implements AutoCloseable {

    private static final Set<String> RESERVED_SCHEMAS =
            Set.of("main", "temp", "system", "memory", "information_schema", "pg_catalog");

    private final DuckDbConnections connections;
    private final Duration timeLimit;
    private final ReadOnlyStatements statements;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("query-time-limit").daemon().factory());

    @Autowired
    QuerySandboxes(DuckDbConnections connections, LakegateProperties properties) {
        this(connections, properties.query());
    }

    /** Sandboxes with these engine settings, outside Spring: for tests and benchmarks. */
    public QuerySandboxes(DuckDbConnections connections, LakegateProperties.Query settings) {
        this.connections = connections;
        this.timeLimit = settings.statementTimeout();
        try {
            this.statements = new ReadOnlyStatements(connections.open(List.of(), List.of()));
        }
        catch (SQLException e) {
            throw new IllegalStateException("The query engine could not start", e);
        }
    }

    /**
     * A sandbox showing {@code tables}. Their names must differ (DuckDB compares them ignoring case) and their
     * locations must be absolute, normalized directories.
     *
     * @throws QueryFailedException if the engine cannot open the database
     */
    public Sandbox open(List<SandboxTable> tables) {
        return openFor(tables, null);
    }

    /**
     * A sandbox showing {@code tables} that may also write results directly in {@code resultDirectory}, for
     * {@link Sandbox#store}, and read them back: an existing directory of Lakegate's choosing, of this sandbox's own,
     * outside every table's location.
     */
    public Sandbox open(List<SandboxTable> tables, Path resultDirectory) {
        if (!resultDirectory.isAbsolute() || !resultDirectory.normalize().equals(resultDirectory)) {
            throw new IllegalArgumentException("A result directory must be an absolute, normalized path: "
                    + resultDirectory);
        }
        return openFor(tables, resultDirectory);
    }

    private Sandbox openFor(List<SandboxTable> tables, Path resultDirectory) {
        requireValid(tables);
        return EngineThreads.call(() -> openHere(tables, resultDirectory));
    }

    private Sandbox openHere(List<SandboxTable> tables, Path resultDirectory) {
        try {
            List<String> directories = new ArrayList<>(
                    tables.stream().map(table -> TableViews.directory(table.source())).distinct().toList());
            if (resultDirectory != null) {
                directories.add(resultDirectory.toString());
            }
            Connection connection = connections.open(directories, List.of());
            EngineMessages messages = new EngineMessages(tables);
            return new Sandbox(connections, connection, statements,
                    new SandboxViews(connection, statements, messages, tables), messages, resultDirectory, timeLimit,
                    timer);
        }
        catch (SQLException e) {
            throw new QueryFailedException("The query engine could not open a database", e);
        }
    }

    /**
     * Checks the row expression of a data filter on its table before the filter is stored. It must be a single boolean
     * expression without subqueries (see {@link ReadOnlyStatements}) that names only columns of the table, and the
     * table's view through the filter must be made over its files, which binds the expression to their columns.
     *
     * @param table the table, through a data filter with a row expression
     * @throws QueryRefusedException if the row expression is not such an expression
     * @throws QueryFailedException  if the table cannot be read through the filter, saying why
     */
    public void checkRowExpression(SandboxTable table) {
        String rowExpression = Objects.requireNonNull(table.filter().rowExpression(), "rowExpression");
        requireColumnsOf(table, statements.checkRowExpression(rowExpression));
        // the whole table, under another name, shows the expression's type, which the filtered view hides
        SandboxTable whole = new SandboxTable(table.schema(), table.name() + "_unfiltered", table.source(), null);
        try (Sandbox sandbox = open(List.of(table, whole))) {
            // limit 0: the engine binds the statements and reads no rows
            sandbox.query("select * from %s limit 0".formatted(quotedName(table)), 0);
            String type = sandbox.query("select %s from %s limit 0"
                    .formatted(ReadOnlyStatements.condition(rowExpression), quotedName(whole)), 0)
                    .columns().getFirst().type();
            if (!type.equals("BOOLEAN")) {
                throw new QueryRefusedException(
                        "The row expression must be true or false for each row; it is of type " + type);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        timer.shutdownNow();
        statements.close();
    }

    private static void requireColumnsOf(SandboxTable table, Set<String> referenced) {
        Set<String> columns = table.source().columns().stream()
                .map(column -> column.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> unknown = referenced.stream()
                .filter(column -> !columns.contains(column.toLowerCase(Locale.ROOT)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new QueryRefusedException("The row expression names %s, which %s of table %s"
                    .formatted(unknown.stream().map(column -> "'" + column + "'").collect(Collectors.joining(", ")),
                            unknown.size() == 1 ? "is not a column" : "are not columns", table.qualifiedName()));
        }
    }

    private static String quotedName(SandboxTable table) {
        return DuckDbConnections.identifier(table.schema()) + "." + DuckDbConnections.identifier(table.name());
    }

    private static void requireValid(List<SandboxTable> tables) {
        Set<TableName> names = new HashSet<>();
        for (SandboxTable table : tables) {
            if (!names.add(TableName.of(table))) {
                throw new IllegalArgumentException("Two tables are named " + table.qualifiedName());
            }
            if (RESERVED_SCHEMAS.contains(table.schema().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Schema name '%s' is reserved by the query engine"
                        .formatted(table.schema()));
            }
            String location = TableViews.directory(table.source());
            if (!location.startsWith("/") || !Path.of(location).normalize().toString().equals(location)) {
                throw new IllegalArgumentException("Table %s has a location that is not an absolute, normalized path"
                        .formatted(table.qualifiedName()));
            }
        }
    }
}
