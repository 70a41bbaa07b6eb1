package io.lakegate.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.ShortUris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sandboxes that store results, kept open between the queries of one owner (a team) while the tables it may read stay
 * exactly the same, filters included: the next query then pays no database open and close, and runs in a database
 * that has its views made and its memory allocated. A change of the tables (a grant revoked or given, a data filter
 * changed, a table crawled anew) makes another sandbox, and the owner's sandboxes over the old tables are closed.
 *
 * <p>Each sandbox writes its results into a directory of its own below the results root, and can read nothing another
 * sandbox wrote. A sandbox is {@link #take taken} by one query at a time and given back when it is done; a sandbox
 * whose statement was cancelled or stopped by the time limit is closed instead. At most
 * {@code lakegate.query.warm-sandboxes} wait, each for {@code warm-sandbox-idle-time} after its last query; beyond
 * that the longest idle are closed.
 */
@Component
public class WarmSandboxes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WarmSandboxes.class);

    private final QuerySandboxes sandboxes;
    private final Path root;
    private final int capacity;
    private final Duration idleTime;
    private final ScheduledExecutorService sweeper;
    /** The sandboxes waiting for a query, the longest idle first. Guarded by {@code this}. */
    private final LinkedList<Idle> idle = new LinkedList<>();
    /** The result directories of the sandboxes open now, idle or not. Guarded by {@code this}. */
    private final Set<Path> liveDirectories = new HashSet<>();
    private boolean closed;

    private record Key(String owner, List<SandboxTable> tables) {
    }

    /** A sandbox kept for the queries of an owner over some tables, and the directory it writes results in. */
    record Warm(Key key, Sandbox sandbox, Path resultDirectory) {
    }

    private record Idle(Warm warm, long sinceNanos) {
    }

    @Autowired
    WarmSandboxes(QuerySandboxes sandboxes, LakegateProperties properties) {
        this(sandboxes, properties.dataDir().resolve("query-results"), properties.query());
    }

    /** Warm sandboxes with these settings, writing results below {@code root}: for tests and benchmarks. */
    public WarmSandboxes(QuerySandboxes sandboxes, Path root, LakegateProperties.Query settings) {
        this.sandboxes = sandboxes;
        this.root = root.toAbsolutePath().normalize();
        this.capacity = settings.warmSandboxes();
        this.idleTime = settings.warmSandboxIdleTime();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("warm-sandbox-sweeper").daemon().factory());
        long period = Math.max(1, idleTime.toMillis() / 4);
        sweeper.scheduleWithFixedDelay(this::closeIdleTooLong, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * A sandbox of {@code owner}'s showing {@code tables}: one kept from an earlier query over exactly these tables,
     * else a new one. Whoever takes it uses it alone, and closes it when done, which gives it back.
     *
     * @throws QueryFailedException if the engine cannot open a database
     */
    public KeptSandbox take(String owner, List<SandboxTable> tables) {
        Key key = new Key(owner, List.copyOf(tables));
        Warm found = null;
        List<Warm> stale = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The query engine is stopping");
            }
            Iterator<Idle> newestFirst = idle.descendingIterator();
            while (newestFirst.hasNext()) {
                Warm candidate = newestFirst.next().warm();
                if (found == null && candidate.key().equals(key)) {
                    newestFirst.remove();
                    found = candidate;
                }
                else if (candidate.key().owner().equals(owner) && !candidate.key().equals(key)) {
                    // the owner's tables changed: those sandboxes will not be taken again
                    newestFirst.remove();
                    stale.add(candidate);
                }
            }
        }
        stale.forEach(this::closeSandbox);
        return new KeptSandbox(this, found != null ? found : open(key));
    }

    private Warm open(Key key) {
        Path directory = root.resolve(ShortUris.next());
        synchronized (this) {
            liveDirectories.add(directory);
        }
        try {
            Files.createDirectories(directory);
            return new Warm(key, sandboxes.open(key.tables(), directory), directory);
        }
        catch (IOException | RuntimeException e) {
            synchronized (this) {
                liveDirectories.remove(directory);
            }
            deleteIfEmpty(directory);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("The result directory could not be made", io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Keeps a sandbox given back unless it is not to be kept, was stopped, or none may be kept; closes the longest
     * idle beyond the capacity.
     */
    void giveBack(Warm warm, boolean keep) {
        List<Warm> closing = new ArrayList<>();
        synchronized (this) {
            if (!keep || closed || capacity == 0 || warm.sandbox().stopped()) {
                closing.add(warm);
            }
            else {
                idle.addLast(new Idle(warm, System.nanoTime()));
                while (idle.size() > capacity) {
                    closing.add(idle.removeFirst().warm());
                }
            }
        }
        closing.forEach(this::closeSandbox);
    }

    /**
     * Deletes the empty result directories below the root that no open sandbox writes in; for the clean-up of old
     * results.
     */
    public void deleteEmptyResultDirectories() {
        if (!Files.isDirectory(root)) {
            return;
        }
        Set<Path> live;
        synchronized (this) {
            live = Set.copyOf(liveDirectories);
        }
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(Files::isDirectory).filter(directory -> !live.contains(directory))
                    .forEach(WarmSandboxes::deleteIfEmpty);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many sandboxes wait for a query now. */
    public synchronized int idleCount() {
        return idle.size();
    }

    @Override
    public void close() {
        List<Warm> closing = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.forEach(waiting -> closing.add(waiting.warm()));
            idle.clear();
        }
        sweeper.shutdownNow();
        closing.forEach(this::closeSandbox);
    }

    private void closeIdleTooLong() {
        long oldest = System.nanoTime() - idleTime.toNanos();
        List<Warm> closing = new ArrayList<>();
        synchronized (this) {
            while (!idle.isEmpty() && idle.getFirst().sinceNanos() - oldest <= 0) {
                closing.add(idle.removeFirst().warm());
            }
        }
        closing.forEach(this::closeSandbox);
    }

    private void closeSandbox(Warm warm) {
        try {
            warm.sandbox().close();
        }
        catch (RuntimeException e) {
            log.warn("A query sandbox could not be closed", e);
        }
        finally {
            synchronized (this) {
                liveDirectories.remove(warm.resultDirectory());
            }
        }
    }

    private static void deleteIfEmpty(Path directory) {
        try {
            Files.deleteIfExists(directory);
        }
        catch (DirectoryNotEmptyException e) {
            // it holds results still kept
        }
        catch (IOException e) {
            log.warn("The result directory {} could not be deleted", directory, e);
        }
    }
}
