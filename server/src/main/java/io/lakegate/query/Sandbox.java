package io.lakegate.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An isolated in-memory DuckDB database showing some tables as views {@code schema.table}, each through its data
 * filter, and able to read nothing but those tables' files. Opened by {@link QuerySandboxes#open}; one thread uses it
 * at a time, and closes it when done.
 */
public final class Sandbox implements AutoCloseable {

    private final Connection connection;
    private final ReadOnlyStatements statements;
    private final SandboxViews views;
    private final EngineMessages messages;
    private final Duration timeLimit;
    private final ScheduledExecutorService timer;

    Sandbox(Connection connection, ReadOnlyStatements statements, SandboxViews views, EngineMessages messages,
            Duration timeLimit, ScheduledExecutorService timer) {
        this.connection = connection;
        this.statements = statements;
        this.views = views;
        this.messages = messages;
        this.timeLimit = timeLimit;
        this.timer = timer;
    }

    /**
     * Runs one read-only statement and returns its first {@code maxRows} rows.
     *
     * @throws QueryRefusedException if {@code sql} is not a single read-only statement over this sandbox's tables
     *                               (see {@link ReadOnlyStatements})
     * @throws QueryFailedException  if the engine cannot run it, or it runs longer than the time limit
     */
    public QueryResult query(String sql, int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
        }
        ReadOnlyStatements.ReadOnlyQuery query = statements.check(sql, views.names());
        views.require(query.tables());
        // the limit goes into the SQL: DuckDB then stops reading early, and never holds more rows than are returned
        String limited = query.explain() != null ? query.runnable()
                : "select * from (\n" + query.sql() + "\n) limit " + (maxRows + 1L);
        AtomicBoolean timedOut = new AtomicBoolean();
        try (Statement statement = connection.createStatement()) {
            ScheduledFuture<?> stop = timer.schedule(() -> {
                timedOut.set(true);
                cancel(statement);
            }, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
            try (ResultSet result = statement.executeQuery(limited)) {
                return ResultValues.read(result, maxRows);
            }
            finally {
                stop.cancel(false);
            }
        }
        catch (SQLException e) {
            throw timedOut.get() ? timeLimitExceeded(e) : new QueryFailedException(messages.forUser(e.getMessage()), e);
        }
    }

    /**
     * Runs {@code work} with this sandbox's connection, for Lakegate's own SQL over the views, such as profiling
     * aggregates. Nothing is checked and there is no time limit: this must never run SQL a user wrote. The engine
     * still reads nothing but the tables' files.
     *
     * @throws QueryFailedException if one of the tables cannot be read, or {@code work} fails
     */
    public <T> T withConnection(ConnectionFunction<T> work) {
        views.requireAll();
        try {
            return work.apply(connection);
        }
        catch (SQLException e) {
            throw new QueryFailedException(messages.forUser(e.getMessage()), e);
        }
    }

    /** Closes the database; the tables' files are untouched. */
    @Override
    public void close() {
        try {
            connection.close();
        }
        catch (SQLException e) {
            throw new QueryFailedException("The sandbox could not be closed", e);
        }
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
        return new QueryFailedException("Query exceeded the time limit of " + limit, cause);
    }
}
