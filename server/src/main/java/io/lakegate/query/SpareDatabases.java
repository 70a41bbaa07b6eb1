package io.lakegate.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fresh in-memory DuckDB databases opened ahead of need by a thread of their own: DuckDB takes about 10 ms to open
 * one, most of what the sandbox of a small query costs. A spare is an empty database that nothing has used; whoever
 * takes one configures what it may read before running anything else on it. Databases done with are closed behind,
 * by another thread (a close takes DuckDB 3 to 15 ms), at most {@value #CLOSING_BEHIND} at a time, so that their
 * memory is soon given back. With no spares wanted, each database is opened when taken and closed when retired.
 */
final class SpareDatabases implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SpareDatabases.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(1);
    private static final int CLOSING_BEHIND = 4;

    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final BlockingQueue<Connection> spares;
    private final Thread keeper;
    private final ExecutorService closer;
    private final Semaphore closing = new Semaphore(CLOSING_BEHIND);

    SpareDatabases(int count, Opener opener) {
        this.opener = opener;
        this.spares = count == 0 ? null : new ArrayBlockingQueue<>(count);
        this.keeper = count == 0 ? null : Thread.ofPlatform().name("duckdb-spares").daemon().start(this::keepFull);
        this.closer = count == 0 ? null : Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("duckdb-closer").daemon().factory());
    }

    /** A spare if one is ready, else a database opened now. */
    Connection take() throws SQLException {
        Connection spare = spares == null ? null : spares.poll();
        return spare != null ? spare : opener.open();
    }

    /** Closes a database taken from here: behind, unless {@value #CLOSING_BEHIND} closes are waiting already. */
    void retire(Connection database) {
        if (closer == null || !closing.tryAcquire()) {
            closeQuietly(database);
            return;
        }
        closer.execute(() -> {
            try {
                closeQuietly(database);
            }
            finally {
                closing.release();
            }
        });
    }

    @Override
    public void close() {
        if (keeper == null) {
            return;
        }
        closer.shutdown();
        keeper.interrupt();
        try {
            keeper.join();
            if (!closer.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("Query databases were still closing a minute after the engine stopped");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Connection> left = new ArrayList<>();
        spares.drainTo(left);
        left.forEach(SpareDatabases::closeQuietly);
    }

    private void keepFull() {
        while (!Thread.currentThread().isInterrupted()) {
            Connection database;
            try {
                database = opener.open();
            }
            catch (SQLException | RuntimeException e) {
                log.warn("A spare query database could not be opened; trying again in {}", RETRY_AFTER_FAILURE, e);
                if (!sleep(RETRY_AFTER_FAILURE)) {
                    return;
                }
                continue;
            }
            try {
                spares.put(database);
            }
            catch (InterruptedException e) {
                closeQuietly(database);
                return;
            }
        }
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        }
        catch (InterruptedException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection database) {
        try {
            database.close();
        }
        catch (SQLException e) {
            log.warn("A query database could not be closed", e);
        }
    }
}
