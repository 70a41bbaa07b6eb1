package io.lakegate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.IntStream;

import io.lakegate.bench.LakegateClient.Heap;
import io.lakegate.bench.LakegateClient.SearchAnswer;
import io.lakegate.bench.LakegateClient.TaskRun;
import io.lakegate.catalog.internal.index.CatalogQuery;
import io.lakegate.platform.db.EmbeddedPostgresServer;

/**
 * The catalog search of a running server at scale, in one run: PostgreSQL of its own, the server jar as its own
 * process with a 1 GiB heap, N synthetic assets written straight into the database, then a full reindex through
 * the API (assets per second), 1,000 mixed faceted searches over HTTP after 300 of warm-up (p50, p90, p99), the
 * same 1,000 searches as {@code ilike} SQL over the same rows, and the server's peak heap meanwhile. Run by
 * {@code bench/catalog-http.sh}; arguments: a directory for the database and the server's data (removed by
 * the script), the number of assets, the server's heap ({@code -Xmx}).
 */
public final class CatalogHttpBench {

    /** ILIKE warms no JIT and no index: a few queries bring the tables into memory. */
    private static final int ILIKE_WARM_UP_QUERIES = 20;
    /** ILIKE takes seconds a search over a million assets: the run shows it goes on. */
    private static final int ILIKE_PROGRESS_EVERY = 100;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration HEAP_SAMPLE_INTERVAL = Duration.ofMillis(200);
    private static final Duration SERVER_START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration REINDEX_TIMEOUT = Duration.ofHours(1);
    /** What runs, stopped in reverse order however the benchmark ends: done, failed or interrupted. */
    private static final Deque<AutoCloseable> RUNNING = new ConcurrentLinkedDeque<>();

    /** The full reindex: from the request to the run seen finished, and the run itself as the server timed it. */
    private record Reindex(double seconds, double serverSeconds) {
    }

    /** {@code loadAverage}: the machine's 1-minute load average when the queries were done. */
    private record QueryRun(QueryLatencies latencies, double averageHits, double loadAverage) {
    }

    private record Figures(int count, String heap, double seedingSeconds, Reindex reindex, Heap reindexHeap,
            double reindexLoadAverage, QueryRun lucene, Heap searchesHeap, QueryRun ilike) {
    }

    public static void main(String[] arguments) throws Exception {
        Path work = Path.of(arguments[0]).toAbsolutePath();
        int count = Integer.parseInt(arguments[1]);
        String heap = arguments[2];
        int ilikeQueries = Integer.parseInt(arguments[3]);
        if (ilikeQueries < 1 || ilikeQueries > QueryMix.MEASURED_QUERIES) {
            throw new IllegalArgumentException("ILIKE queries must be 1 to " + QueryMix.MEASURED_QUERIES);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(CatalogHttpBench::stopAll));
        System.out.printf("Catalog search over HTTP: %,d assets, %d cores, server heap -Xmx%s%n", count,
                Runtime.getRuntime().availableProcessors(), heap);

        EmbeddedPostgresServer database = EmbeddedPostgresServer.start(work.resolve("database"), 0, "nobody",
                Duration.ofMinutes(2));
        RUNNING.push(database);
        Path dataDirectory = Files.createDirectories(work.resolve("server"));
        ServerProcess server = ServerProcess.start(Path.of("server/target/lakegate.jar").toAbsolutePath(), heap,
                dataDirectory, work.resolve("server.log"), database);
        RUNNING.push(server);
        try {
            run(database, server, count, heap, ilikeQueries);
        }
        catch (Exception | Error e) {
            System.err.println(server.logTail());
            throw e;
        }
    }

    private static void run(EmbeddedPostgresServer database, ServerProcess server, int count, String heap,
            int ilikeQueries) throws Exception {
        LakegateClient client = new LakegateClient(server.port());
        awaitHealthy(client, server);
        client.signIn("admin", ServerProcess.ADMIN_PASSWORD);
        // at its first start the server indexes the empty catalog; the timed reindex must not overlap that
        while (client.reindexing()) {
            server.requireAlive();
            Thread.sleep(POLL_INTERVAL);
        }

        long started = System.nanoTime();
        CatalogSeeder.Seeded seeded = CatalogSeeder.seed(database, count);
        double seedingSeconds = secondsSince(started);
        System.out.printf("%nseeded with COPY in %.1f s (vacuum analyze included; not a figure): %,d datasets, "
                        + "%,d tables with %,d columns, %,d folders, %,d approved term links, %,d votes%n", seedingSeconds,
                seeded.datasets(), seeded.tables(), seeded.columns(), seeded.folders(), seeded.termLinks(), seeded.votes());

        Reindex reindex;
        Heap reindexHeap;
        double reindexLoadAverage;
        QueryRun lucene;
        Heap searchesHeap;
        try (HeapSampler heapSampler = new HeapSampler(client, HEAP_SAMPLE_INTERVAL)) {
            reindex = reindex(client, server);
            reindexHeap = heapSampler.takePeak();
            reindexLoadAverage = loadAverage();
            System.out.printf("full reindex through the API: %,d assets in %.1f s (the task itself: %.1f s) = %,.0f assets/s%n",
                    count, reindex.seconds(), reindex.serverSeconds(), count / reindex.seconds());
            long indexed = client.search(CatalogQuery.matching("").withPage(1, 1)).total();
            if (indexed != count) {
                throw new IllegalStateException("The index holds %,d assets instead of %,d".formatted(indexed, count));
            }
            lucene = luceneOverHttp(client, server, count);
            searchesHeap = heapSampler.takePeak();
        }
        System.out.printf("%n%,d mixed faceted searches over HTTP (20 hits a page, every facet counted, snippets, "
                + "access per hit), %,.0f hits on average:%n", QueryMix.MEASURED_QUERIES, lucene.averageHits());
        lucene.latencies().print();
        System.out.printf("  server heap, peaks sampled: reindex %s; searches %s%n", heap(reindexHeap), heap(searchesHeap));

        System.out.printf("%n%,d of the same searches (every %d.) as ilike SQL through JDBC (page by name and total, "
                + "no facets):%n", ilikeQueries, QueryMix.MEASURED_QUERIES / ilikeQueries);
        QueryRun ilike = ilike(database, count, ilikeQueries);
        System.out.printf("  %,.0f hits on average%n", ilike.averageHits());
        ilike.latencies().print();

        summary(new Figures(count, heap, seedingSeconds, reindex, reindexHeap, reindexLoadAverage, lucene, searchesHeap,
                ilike));
    }

    private static void awaitHealthy(LakegateClient client, ServerProcess server) throws InterruptedException {
        long deadline = System.nanoTime() + SERVER_START_TIMEOUT.toNanos();
        while (!client.healthy()) {
            server.requireAlive();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The server was not healthy within " + SERVER_START_TIMEOUT);
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    private static Reindex reindex(LakegateClient client, ServerProcess server) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String instance = client.requestReindex();
        long deadline = started + REINDEX_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            server.requireAlive();
            for (TaskRun run : client.reindexRuns()) {
                if (run.instance().equals(instance) && !run.status().equals("RUNNING")) {
                    if (!run.status().equals("SUCCEEDED")) {
                        throw new IllegalStateException("The full reindex %s ended %s: %s"
                                .formatted(instance, run.status(), run.error()));
                    }
                    return new Reindex(secondsSince(started),
                            Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1e3);
                }
            }
            Thread.sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException("The full reindex did not end within " + REINDEX_TIMEOUT);
    }

    private static QueryRun luceneOverHttp(LakegateClient client, ServerProcess server, int count)
            throws IOException, InterruptedException {
        for (QueryMix.Search search : QueryMix.warmUp(count)) {
            client.search(search.query());
        }
        QueryLatencies latencies = new QueryLatencies();
        long hits = 0;
        for (QueryMix.Search search : QueryMix.measured(count)) {
            SearchAnswer answer = client.search(search.query());
            latencies.add(search.kind(), answer.millis());
            hits += answer.total();
        }
        server.requireAlive();
        return new QueryRun(latencies, (double) hits / QueryMix.MEASURED_QUERIES, loadAverage());
    }

    private static QueryRun ilike(EmbeddedPostgresServer database, int count, int sampled) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password())) {
            for (QueryMix.Search search : QueryMix.warmUp(count).subList(0, ILIKE_WARM_UP_QUERIES)) {
                IlikeSearch.run(connection, search.query());
            }
            QueryLatencies latencies = new QueryLatencies();
            long hits = 0;
            long phaseStarted = System.nanoTime();
            List<QueryMix.Search> measured = QueryMix.measured(count);
            int step = measured.size() / sampled;
            List<QueryMix.Search> searches = IntStream.range(0, sampled).mapToObj(i -> measured.get(i * step)).toList();
            for (int i = 0; i < searches.size(); i++) {
                long started = System.nanoTime();
                hits += IlikeSearch.run(connection, searches.get(i).query()).total();
                latencies.add(searches.get(i).kind(), (System.nanoTime() - started) / 1e6);
                if ((i + 1) % ILIKE_PROGRESS_EVERY == 0) {
                    System.out.printf("  %,d done in %.1f min%n", i + 1, secondsSince(phaseStarted) / 60);
                }
            }
            return new QueryRun(latencies, (double) hits / searches.size(), loadAverage());
        }
    }

    private static void summary(Figures figures) {
        QueryLatencies.Percentiles lucene = figures.lucene().latencies().overall();
        QueryLatencies.Percentiles ilike = figures.ilike().latencies().overall();
        double perSecond = figures.count() / figures.reindex().seconds();
        System.out.printf("%n==== catalog search over HTTP: %,d assets, %d cores, server -Xmx%s ====%n", figures.count(),
                Runtime.getRuntime().availableProcessors(), figures.heap());
        System.out.printf("  seeding with COPY (not a figure)   %8.1f s%n", figures.seedingSeconds());
        System.out.printf("  full reindex through the API       %8.1f s = %,.0f assets/s, %.2f x the aim of %,.0f/s: %s%n",
                figures.reindex().seconds(), perSecond, perSecond / CatalogIndexBench.AIM_ASSETS_PER_SECOND,
                CatalogIndexBench.AIM_ASSETS_PER_SECOND, verdict(perSecond >= CatalogIndexBench.AIM_ASSETS_PER_SECOND));
        System.out.printf("  Lucene over HTTP, %,d searches   p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  (aim p99 <= %.0f ms: %s)%n",
                lucene.count(), lucene.p50(), lucene.p90(), lucene.p99(), CatalogIndexBench.AIM_P99_MILLIS,
                verdict(lucene.p99() <= CatalogIndexBench.AIM_P99_MILLIS));
        System.out.printf("  ILIKE through JDBC, %,4d of them    p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms%n",
                ilike.count(), ilike.p50(), ilike.p90(), ilike.p99());
        System.out.printf("  Lucene / ILIKE                     p50 %s  p90 %s  p99 %s%n", ratio(lucene.p50(), ilike.p50()),
                ratio(lucene.p90(), ilike.p90()), ratio(lucene.p99(), ilike.p99()));
        System.out.printf("  server heap, peaks sampled         reindex %s; searches %s; of -Xmx%s (aim <= 1 GiB)%n",
                heap(figures.reindexHeap()), heap(figures.searchesHeap()), figures.heap());
        System.out.printf("  machine load average (1 min)       %.1f after the reindex, %.1f after the searches, %.1f after ILIKE%n",
                figures.reindexLoadAverage(), figures.lucene().loadAverage(), figures.ilike().loadAverage());
    }

    private static String heap(Heap heap) {
        return "%,d MiB used, %s".formatted(heap.usedBytes() >> 20, heap.liveBytes() == 0
                ? "live unknown (no collection of the old generation)" : "%,d MiB live".formatted(heap.liveBytes() >> 20));
    }

    /** For instance {@code 0.020 = 1/50}. */
    private static String ratio(double lucene, double ilike) {
        return "%.3f = 1/%.0f".formatted(lucene / ilike, ilike / lucene);
    }

    private static String verdict(boolean met) {
        return met ? "met" : "missed";
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void stopAll() {
        for (AutoCloseable running = RUNNING.poll(); running != null; running = RUNNING.poll()) {
            try {
                running.close();
            }
            catch (Exception e) {
                System.err.println("Could not stop " + running + ": " + e);
            }
        }
    }
}
