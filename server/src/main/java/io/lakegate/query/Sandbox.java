package io.lakegate.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.util.unit.DataSize;

/**
 * An isolated in-memory DuckDB database showing some tables as views {@code schema.table}, each through its data
 * filter, and able to read nothing but those tables' files (and, if it was opened with one, its own result directory,
 * where it writes results and nothing else). Opened by {@link QuerySandboxes#open}; one thread uses it at a time, and
 * closes it when done; any thread may {@link #cancel} what it runs. The engine's work runs on platform threads
 * ({@link EngineThreads}).
 */
public final class Sandbox implements AutoCloseable {

    /** How often the size of a result being stored is looked at. */
    private static final Duration SIZE_WATCH_INTERVAL = Duration.ofMillis(100);

    private final DuckDbConnections connections;
    private final Connection connection;
    private final ReadOnlyStatements statements;
    private final SandboxViews views;
    private final EngineMessages messages;
    /** Where {@link #store} may write; null if nowhere. */
    private final Path resultDirectory;
    private final Duration timeLimit;
    private final ScheduledExecutorService timer;
    /** The statement running now, for {@link #cancel}. */
    private final AtomicReference<Statement> running = new AtomicReference<>();
    private volatile boolean cancelled;
    private volatile boolean timeLimitReached;
    /** Set when a stored result grew too large, and its statement was stopped for it. */
    private volatile boolean resultTooLarge;

    Sandbox(DuckDbConnections connections, Connection connection, ReadOnlyStatements statements, SandboxViews views,
            EngineMessages messages, Path resultDirectory, Duration timeLimit, ScheduledExecutorService timer) {
        this.connections = connections;
        this.connection = connection;
        this.statements = statements;
        this.views = views;
        this.messages = messages;
        this.resultDirectory = resultDirectory;
        this.timeLimit = timeLimit;
        this.timer = timer;
    }

    /**
     * Runs one read-only statement and returns its first {@code maxRows} rows.
     *
     * @throws QueryRefusedException if {@code sql} is not a single read-only statement over this sandbox's tables
     *                               (see {@link ReadOnlyStatements})
     * @throws QueryFailedException  if the engine cannot run it; {@link QueryStoppedException} if it runs longer than
     *                               the time limit or is cancelled
     */
    public QueryResult query(String sql, int maxRows) {
        return EngineThreads.call(() -> queryHere(sql, maxRows));
    }

    private QueryResult queryHere(String sql, int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
        }
        ReadOnlyStatements.ReadOnlyQuery query = checked(sql);
        // the limit goes into the SQL: DuckDB then stops reading early, and never holds more rows than are returned
        String limited = query.explain() != null ? query.runnable()
                : "select * from (\n" + query.sql() + "\n) limit " + (maxRows + 1L);
        return limited(statement -> {
            try (ResultSet result = statement.executeQuery(limited)) {
                return ResultValues.read(result, maxRows);
            }
        });
    }

    /**
     * Runs one read-only statement and writes its whole result to {@code target} as Parquet, streamed: memory does not
     * grow with the result. Answers with the result's first {@code firstRows} rows as read back from the file, as
     * {@link StoredResults#page} would. {@code target} must be a new file directly in the result directory the sandbox
     * was opened with ({@link QuerySandboxes#open(List, Path)}). The same rules and limits apply as to {@link #query};
     * and the statement is stopped once the file grows past {@code maxSize} (it is watched as it is written).
     *
     * @throws QueryFailedException too if the result grew past {@code maxSize}, saying so
     */
    public StoredResult store(String sql, Path target, int firstRows, DataSize maxSize) {
        if (resultDirectory == null || !resultDirectory.equals(target.getParent())) {
            throw new IllegalArgumentException("This sandbox cannot write " + target);
        }
        return EngineThreads.call(() -> storeHere(sql, target, firstRows, maxSize));
    }

    private StoredResult storeHere(String sql, Path target, int firstRows, DataSize maxSize) {
        ReadOnlyStatements.ReadOnlyQuery query = checked(sql);
        String file = DuckDbConnections.literal(target.toString());
        List<ResultColumn> columns;
        long rows;
        if (query.explain() != null) {
            QueryResult plan = limited(statement -> {
                try (ResultSet result = statement.executeQuery(query.runnable())) {
                    return ResultValues.read(result, Integer.MAX_VALUE - 1);
                }
            });
            columns = plan.columns();
            writePlan(plan, file);
            rows = plan.rows().size();
        }
        else {
            String select = "select * from (\n" + query.sql() + "\n)";
            // prepared, not run: the engine binds the statement, which tells the columns
            columns = limited(statement -> {
                try (PreparedStatement prepared = connection.prepareStatement(select)) {
                    return ResultValues.columns(prepared.getMetaData());
                }
            });
            // the count of a COPY is the number of rows it wrote
            ScheduledFuture<?> watch = timer.scheduleWithFixedDelay(() -> stopIfLarger(target, maxSize),
                    SIZE_WATCH_INTERVAL.toMillis(), SIZE_WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            try {
                rows = limited(statement -> statement.executeLargeUpdate(
                        "copy (" + storable(select, columns) + ") to " + file + " (format parquet)"));
            }
            catch (QueryStoppedException e) {
                throw e;
            }
            catch (QueryFailedException e) {
                throw resultTooLarge ? resultTooLarge(maxSize, e) : e;
            }
            finally {
                watch.cancel(false);
            }
            if (resultTooLarge) {
                // it grew past the size as the statement ended
                throw resultTooLarge(maxSize, null);
            }
        }
        if (rows == 0) {
            return new StoredResult(target, columns, 0, List.of());
        }
        // DuckDB reads a file back about twice as fast whole as through a limit (measured: 0.7 ms against 1.3 ms)
        String firstPage = rows <= firstRows ? StoredResults.wholeOf(target) : StoredResults.pageOf(target, 0, firstRows);
        QueryResult first = limited(statement -> {
            try (ResultSet result = statement.executeQuery(firstPage)) {
                return ResultValues.read(result, firstRows);
            }
        });
        return new StoredResult(target, columns, rows, first.rows());
    }

    /**
     * The statement as it is written to Parquet without losing a value ({@link StorableTypes}); the columns keep their
     * names, which the statement made unique.
     */
    private static String storable(String select, List<ResultColumn> columns) {
        List<Optional<String>> exactTypes = columns.stream().map(column -> StorableTypes.exactFor(column.type())).toList();
        if (exactTypes.stream().allMatch(Optional::isEmpty)) {
            return select;
        }
        List<String> projection = new ArrayList<>();
        for (int position = 1; position <= columns.size(); position++) {
            Optional<String> exactType = exactTypes.get(position - 1);
            String value = exactType.isPresent() ? "cast(#%d as %s)".formatted(position, exactType.get())
                    : "#" + position;
            projection.add(value + " as " + DuckDbConnections.identifier(columns.get(position - 1).name()));
        }
        return "select " + String.join(", ", projection) + " from (" + select + ")";
    }

    /** Stops the statement writing {@code target} once the file is larger than {@code maxSize}. */
    private void stopIfLarger(Path target, DataSize maxSize) {
        if (resultTooLarge) {
            return;
        }
        long size;
        try {
            size = Files.size(target);
        }
        catch (IOException e) {
            // not written yet
            return;
        }
        if (size > maxSize.toBytes()) {
            resultTooLarge = true;
            stopRunning();
        }
    }

    private static QueryFailedException resultTooLarge(DataSize maxSize, Throwable cause) {
        long megabytes = maxSize.toMegabytes();
        String size = megabytes >= 1024 && megabytes % 1024 == 0 ? megabytes / 1024 + " GB"
                : megabytes > 0 ? megabytes + " MB" : maxSize.toBytes() + " bytes";
        return new QueryFailedException(("The result grew past the %s a worksheet keeps"
                + " (lakegate.worksheets.max-result-size); narrow the query with a filter, fewer columns or a LIMIT")
                .formatted(size), cause);
    }

    /** Stops the statement running now, if any, from another thread; it fails with a {@link QueryStoppedException}. */
    public void cancel() {
        cancelled = true;
        stopRunning();
    }

    private void stopRunning() {
        Statement statement = running.get();
        if (statement != null) {
            cancel(statement);
        }
    }

    /**
     * Whether a statement of this sandbox was stopped, by a {@link #cancel} or the time limit: such a sandbox is closed
     * rather than used again (after a cancel it runs no more statements).
     */
    boolean stopped() {
        return cancelled || timeLimitReached || resultTooLarge;
    }

    /**
     * Runs {@code work} with this sandbox's connection, for Lakegate's own SQL over the views, such as profiling
     * aggregates. Nothing is checked and there is no time limit: this must never run SQL a user wrote. The engine
     * still reads nothing but the tables' files.
     *
     * @throws QueryFailedException if one of the tables cannot be read, or {@code work} fails
     */
    public <T> T withConnection(ConnectionFunction<T> work) {
        return EngineThreads.call(() -> {
            views.requireAll();
            try {
                return work.apply(connection);
            }
            catch (SQLException e) {
                throw new QueryFailedException(messages.forUser(e.getMessage()), e);
            }
        });
    }

    /** Closes the database (perhaps a little later, by another thread); the tables' files are untouched. */
    @Override
    public void close() {
        EngineThreads.run(() -> connections.release(connection));
    }

    private ReadOnlyStatements.ReadOnlyQuery checked(String sql) {
        ReadOnlyStatements.ReadOnlyQuery query = statements.check(sql, views.names());
        views.require(query.tables());
        return query;
    }

    /** Runs {@code work} on a statement under the time limit, cancellable by {@link #cancel}. */
    private <T> T limited(StatementFunction<T> work) {
        AtomicBoolean timedOut = new AtomicBoolean();
        try (Statement statement = connection.createStatement()) {
            running.set(statement);
            ScheduledFuture<?> stop = timer.schedule(() -> {
                timedOut.set(true);
                timeLimitReached = true;
                cancel(statement);
            }, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
            try {
                if (cancelled) {
                    throw new SQLException("cancelled before it started");
                }
                return work.apply(statement);
            }
            finally {
                stop.cancel(false);
                running.set(null);
            }
        }
        catch (SQLException e) {
            if (cancelled) {
                throw new QueryStoppedException(QueryStoppedException.Reason.CANCELLED, "The query was cancelled", e);
            }
            throw timedOut.get() ? timeLimitExceeded(e) : new QueryFailedException(messages.forUser(e.getMessage()), e);
        }
    }

    /** An explanation is a few rows of text: written through a table of its own. */
    private void writePlan(QueryResult plan, String file) {
        limited(statement -> {
            statement.execute("create or replace temp table lakegate_plan (explain_key varchar, explain_value varchar)");
            try (PreparedStatement insert = connection.prepareStatement("insert into lakegate_plan values (?, ?)")) {
                for (List<Object> row : plan.rows()) {
                    insert.setString(1, String.valueOf(row.get(0)));
                    insert.setString(2, String.valueOf(row.get(1)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            statement.execute("copy lakegate_plan to " + file + " (format parquet)");
            return statement.execute("drop table lakegate_plan");
        });
    }

    @FunctionalInterface
    private interface StatementFunction<T> {
        T apply(Statement statement) throws SQLException;
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        }
        catch (SQLException e) {
            // the statement finished or was closed meanwhile: nothing left to stop
        }
    }

    private QueryFailedException timeLimitExceeded(SQLException cause) {
        String limit = timeLimit.toMillis() % 1000 == 0 ? timeLimit.toSeconds() + "s" : timeLimit.toMillis() + "ms";
        return new QueryStoppedException(QueryStoppedException.Reason.TIME_LIMIT, "Query exceeded the time limit of " + limit,
                cause);
    }
}
