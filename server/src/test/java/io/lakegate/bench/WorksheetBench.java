package io.lakegate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.sun.management.OperatingSystemMXBean;
import io.lakegate.access.TableColumn;
import io.lakegate.access.TableFormat;
import io.lakegate.access.TableSource;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.query.DuckDbConnections;
import io.lakegate.query.KeptSandbox;
import io.lakegate.query.QuerySandboxes;
import io.lakegate.query.Sandbox;
import io.lakegate.query.SandboxTable;
import io.lakegate.query.WarmSandboxes;
import io.lakegate.storage.LocalDirectories;
import io.lakegate.test.LakegateProcess;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.lakegate.query.DuckDbConnections.literal;

/**
 * Worksheets against Lakegate as its own process in demo mode, over a generated fact table {@code sales} (10 million
 * rows in 10 Parquet files) and a dimension table {@code stores} (1,000 rows) in a dataset of john's:
 * <ol>
 * <li>the set-up a query costs: {@code select 1} through the API (which also warms Lakegate's JVM), and, in this JVM,
 *     a sandbox over the dataset's tables opened, storing {@code select 1} and closed, as a team's first query over
 *     its tables does, and a warm sandbox taken, storing {@code select 1} and given back, as its next queries do;</li>
 * <li>five analytic queries (filter, group-by, join, top-N, window) through the worksheet API next to DuckDB over
 *     JDBC in this JVM on the same files, with Lakegate's default engine settings, alternating, after a warm-up;</li>
 * <li>8 users of 4 teams (each granted the dataset by an approved share) running small queries at once.</li>
 * </ol>
 * Prints a summary with every figure and its aim. See {@code bench/worksheets.sh}.
 */
public final class WorksheetBench {

    /** Lakegate's default largest result. */
    private static final DataSize MAX_RESULT_SIZE = DataSize.ofGigabytes(1);

    private static final int SALES_FILES = 10;
    private static final long SALES_ROWS_PER_FILE = 1_000_000;
    private static final long SALES_ROWS = SALES_FILES * SALES_ROWS_PER_FILE;
    private static final int STORES = 1_000;
    private static final int DAYS = 730;
    private static final int ROUNDS = 7;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int SET_UP_RUNS = 200;
    private static final int WARM_UP_RUNS = 20;
    private static final int TEAMS = 4;
    private static final int USERS_PER_TEAM = 2;
    private static final Duration CONCURRENT_RUN = Duration.ofSeconds(20);
    /** As many rows as the API's answer shows, compared with the same rows of DuckDB's answer. */
    private static final int SHOWN_ROWS = 100;
    /**
     * Lakegate's defaults: 2 GB per database, DuckDB's own number of threads (one per core), 2 spare databases, 8 warm
     * sandboxes kept for a minute.
     */
    private static final LakegateProperties.Query ENGINE =
            new LakegateProperties.Query("2GB", 0, Duration.ofSeconds(60), 2, 8, Duration.ofMinutes(1));
    private static final double AIM_RATIO = 1.2;
    private static final double AIM_SET_UP_P50_MILLIS = 20;
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final OperatingSystemMXBean SYSTEM =
            ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private final LakegateProcess server = new LakegateProcess("worksheet-bench");
    private final BenchDatasets datasets = new BenchDatasets(server);
    /** The 1-minute load average at the start and after each part. */
    private final Map<String, Double> loads = new LinkedHashMap<>();

    /** A query of the comparison; its SQL names the tables as {@code schema.table}, the same in Lakegate and DuckDB. */
    record AnalyticQuery(String name, String sql) {
    }

    /**
     * How one analytic query went through the API and through JDBC: wall times, CPU times of both JVMs (Lakegate's
     * and this one, where DuckDB over JDBC runs), and Lakegate's own run time of each API call.
     */
    record Comparison(String query, Latencies api, Latencies apiCpu, Latencies apiRun, Latencies jdbc,
                      Latencies jdbcCpu, long rows, boolean sameRows) {

        double ratio() {
            return api.median() / jdbc.median();
        }

        double cpuRatio() {
            return apiCpu.median() / jdbcCpu.median();
        }
    }

    /** What the rounds measured of one analytic query, in milliseconds. */
    private static final class Measurements {
        private final List<Double> api = new ArrayList<>();
        private final List<Double> apiCpu = new ArrayList<>();
        private final List<Double> apiRun = new ArrayList<>();
        private final List<Double> jdbc = new ArrayList<>();
        private final List<Double> jdbcCpu = new ArrayList<>();
    }

    /**
     * The set-up a query costs: {@code select 1} through the API, wall and Lakegate's run time; and in this JVM a
     * sandbox opened alone, opened with {@code select 1} stored and closed, and opened with a first read of
     * {@code sales} (which makes its view over the files) stored and closed, as a team's first query over its tables
     * does; and a warm sandbox taken, {@code select 1} stored and given back, as the team's next queries do.
     */
    record SetUp(Latencies apiWall, Latencies apiRun, Latencies open, Latencies openStoreClose,
                 Latencies openReadSalesClose, Latencies warmStore) {
    }

    /** Small queries run by users at once for a while. */
    record Concurrency(int users, int teams, double seconds, Latencies latencies) {

        double queriesPerSecond() {
            return latencies.count() / seconds;
        }
    }

    /** A user with a worksheet of one of its teams. */
    record WorksheetUser(String token, String worksheet) {
    }

    /** A result: its row count and its first rows as text, to compare the API's with DuckDB's. */
    record Rows(long count, List<List<String>> first) {
    }

    public static void main(String[] arguments) throws Exception {
        WorksheetBench bench = new WorksheetBench();
        try {
            bench.run();
        }
        finally {
            bench.server.close();
        }
        LocalDirectories.deleteRecursively(bench.server.dataDir());
    }

    private void run() throws Exception {
        loads.put("start", load());
        server.start(List.of("--lakegate.demo.enabled=true", "--logging.level.root=warn"));
        String john = server.token("john", "demo");
        String science = datasets.environment(john, "Data Science");
        BenchDatasets.Dataset retail = datasets.create(john, science, "DataScienceTeam", "Retail");
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:")) {
            execute(duckDb, "set memory_limit = " + literal(ENGINE.memoryLimit()));
            generate(duckDb, retail.location());
            datasets.crawl(john, retail, "tables");
            createViews(duckDb, retail);
            WorksheetUser owner = new WorksheetUser(john, worksheet(john, "DataScienceTeam", science, "Retail analysis"));
            System.out.printf("%nDuckDB %s, %d cores; Lakegate's data directory %s%n", version(duckDb),
                    Runtime.getRuntime().availableProcessors(), server.dataDir());

            // the set-up part first: its 220 queries through the API warm Lakegate's JVM, as a server running for
            // a while is, before the comparison with DuckDB in this JVM, whose work is native
            SetUp setUp = setUp(owner, sandboxTables(john, retail));
            loads.put("set-up", load());
            List<Comparison> comparisons = compare(duckDb, owner, analyticQueries(retail.schema()));
            loads.put("analytic queries", load());
            Concurrency concurrency = concurrency(retail, science, john);
            loads.put("concurrent users", load());
            summary(comparisons, setUp, concurrency);
        }
    }

    /** The fact table, time-ordered as facts are written, in 10 files; the dimension table in one. */
    private static void generate(Connection duckDb, Path location) throws SQLException, IOException {
        long started = System.nanoTime();
        Path sales = Files.createDirectories(location.resolve("tables/sales"));
        for (int file = 0; file < SALES_FILES; file++) {
            execute(duckDb, """
                    copy (
                        select
                            i + 1 as sale_id,
                            date '2023-01-01' + (i * %3$d // %4$d)::integer as sale_date,
                            (hash(i, 1) %% %5$d)::integer + 1 as store_id,
                            (hash(i, 2) %% 100000)::integer + 1 as product_id,
                            (hash(i, 3) %% 10)::integer + 1 as quantity,
                            ((hash(i, 4) %% 100000) / 100.0)::decimal(12, 2) as amount,
                            (['store', 'online', 'phone', 'partner'])[(hash(i, 5) %% 4)::integer + 1] as channel
                        from range(%1$d, %2$d) as rows(i))
                    to %6$s (format parquet)""".formatted(file * SALES_ROWS_PER_FILE, (file + 1) * SALES_ROWS_PER_FILE,
                    DAYS, SALES_ROWS, STORES, literal(sales.resolve("part-%02d.parquet".formatted(file)).toString())));
        }
        Path stores = Files.createDirectories(location.resolve("tables/stores"));
        execute(duckDb, """
                copy (
                    select
                        s as store_id,
                        'Store ' || s as store_name,
                        (['North', 'South', 'East', 'West', 'Central', 'Islands'])[s %% 6 + 1] as region,
                        'City ' || (s %% 120) as city,
                        date '2010-01-01' + (hash(s) %% 4000)::integer as opened_on
                    from range(1, %d) as rows(s))
                to %s (format parquet)""".formatted(STORES + 1, literal(stores.resolve("stores.parquet").toString())));
        System.out.printf("generated %,d sales in %d files and %,d stores in %.1f s%n", SALES_ROWS, SALES_FILES, STORES,
                millisSince(started) / 1e3);
    }

    /** The dataset's tables as views of the same names over the same files, for the same SQL. */
    private static void createViews(Connection duckDb, BenchDatasets.Dataset dataset) throws SQLException {
        execute(duckDb, "create schema " + dataset.schema());
        for (String table : List.of("sales", "stores")) {
            execute(duckDb, "create view %s.%s as select * from read_parquet(%s)".formatted(dataset.schema(), table,
                    literal(dataset.location().resolve("tables").resolve(table) + "/*.parquet")));
        }
    }

    private static List<AnalyticQuery> analyticQueries(String schema) {
        return List.of(
                new AnalyticQuery("filter", """
                        select count(*) as sales, sum(quantity) as units, sum(amount) as revenue
                        from %1$s.sales
                        where channel = 'online' and quantity >= 5 and amount between 100 and 500
                          and sale_date between date '2024-03-01' and date '2024-05-31'""".formatted(schema)),
                new AnalyticQuery("group-by", """
                        select channel, year(sale_date) as year, month(sale_date) as month, count(*) as sales,
                               sum(amount) as revenue
                        from %1$s.sales
                        group by channel, year, month
                        order by channel, year, month""".formatted(schema)),
                new AnalyticQuery("join", """
                        select st.region, count(*) as sales, count(distinct s.product_id) as products,
                               sum(s.amount) as revenue
                        from %1$s.sales s join %1$s.stores st on st.store_id = s.store_id
                        where st.opened_on < date '2019-01-01'
                        group by st.region
                        order by st.region""".formatted(schema)),
                new AnalyticQuery("top-N", """
                        select sale_id, sale_date, store_id, product_id, amount
                        from %1$s.sales
                        order by amount desc, sale_id
                        limit 100""".formatted(schema)),
                new AnalyticQuery("window", """
                        select store_id, sale_id, sale_date, amount,
                               row_number() over (partition by store_id order by amount desc, sale_id) as rank_in_store
                        from %1$s.sales
                        qualify rank_in_store <= 3
                        order by store_id, rank_in_store""".formatted(schema)));
    }

    private List<Comparison> compare(Connection duckDb, WorksheetUser user, List<AnalyticQuery> queries) throws Exception {
        System.out.printf("%nAnalytic queries over %,d rows: worksheet API next to DuckDB over JDBC, median of %d rounds"
                + " after %d of warm-up (CPU: both JVMs)%n", SALES_ROWS, ROUNDS, WARM_UP_ROUNDS);
        Map<String, Rows> apiRows = new LinkedHashMap<>();
        Map<String, Rows> jdbcRows = new LinkedHashMap<>();
        Map<String, Measurements> measured = new LinkedHashMap<>();
        for (int warmUp = 0; warmUp < WARM_UP_ROUNDS; warmUp++) {
            for (AnalyticQuery query : queries) {
                apiRows.put(query.name(), rows(runQuery(user, query.sql())));
                jdbcRows.put(query.name(), rows(duckDb, query.sql()));
                measured.put(query.name(), new Measurements());
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (AnalyticQuery query : queries) {
                Measurements measurements = measured.get(query.name());
                // alternating which goes first, so that neither always follows the other's use of the caches
                for (boolean throughApi : round % 2 == 0 ? List.of(true, false) : List.of(false, true)) {
                    double cpuBefore = cpuMillis();
                    long started = System.nanoTime();
                    if (throughApi) {
                        JsonNode run = runQuery(user, query.sql());
                        measurements.api.add(millisSince(started));
                        measurements.apiCpu.add(cpuMillis() - cpuBefore);
                        measurements.apiRun.add(run.path("durationMillis").asDouble());
                    }
                    else {
                        rows(duckDb, query.sql());
                        measurements.jdbc.add(millisSince(started));
                        measurements.jdbcCpu.add(cpuMillis() - cpuBefore);
                    }
                }
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (AnalyticQuery query : queries) {
            Measurements measurements = measured.get(query.name());
            Rows rows = jdbcRows.get(query.name());
            Comparison comparison = new Comparison(query.name(), Latencies.of(measurements.api),
                    Latencies.of(measurements.apiCpu), Latencies.of(measurements.apiRun), Latencies.of(measurements.jdbc),
                    Latencies.of(measurements.jdbcCpu), rows.count(), rows.equals(apiRows.get(query.name())));
            comparisons.add(comparison);
            System.out.printf("  %-9s API %6.0f ms (cpu %6.0f, Lakegate's run %6.0f)   JDBC %6.0f ms (cpu %6.0f)"
                            + "   ratio %5.2f (cpu %5.2f)   %,6d rows%s%n",
                    comparison.query(), comparison.api().median(), comparison.apiCpu().median(),
                    comparison.apiRun().median(), comparison.jdbc().median(), comparison.jdbcCpu().median(),
                    comparison.ratio(), comparison.cpuRatio(), comparison.rows(),
                    comparison.sameRows() ? "" : "   RESULTS DIFFER: API " + apiRows.get(query.name()) + ", JDBC " + rows);
        }
        return comparisons;
    }

    private SetUp setUp(WorksheetUser user, List<SandboxTable> tables) throws Exception {
        List<Double> apiWall = new ArrayList<>();
        List<Double> apiRun = new ArrayList<>();
        for (int run = 0; run < WARM_UP_RUNS + SET_UP_RUNS; run++) {
            long started = System.nanoTime();
            JsonNode answer = runQuery(user, "select 1");
            if (run >= WARM_UP_RUNS) {
                apiWall.add(millisSince(started));
                apiRun.add(answer.path("durationMillis").asDouble());
            }
        }
        List<Double> open = new ArrayList<>();
        List<Double> openStoreClose = new ArrayList<>();
        List<Double> openReadSalesClose = new ArrayList<>();
        List<Double> warmStore = new ArrayList<>();
        String readSales = "select * from %s limit 0".formatted(tables.stream()
                .filter(table -> table.name().equals("sales")).findFirst().orElseThrow().qualifiedName());
        Path results = Files.createTempDirectory("worksheet-bench-results");
        Path file = results.resolve("result.parquet");
        try (DuckDbConnections connections = new DuckDbConnections(ENGINE);
                QuerySandboxes sandboxes = new QuerySandboxes(connections, ENGINE);
                WarmSandboxes warm = new WarmSandboxes(sandboxes, results.resolve("warm"), ENGINE)) {
            for (int run = 0; run < WARM_UP_RUNS + SET_UP_RUNS; run++) {
                long started = System.nanoTime();
                double opened;
                try (Sandbox sandbox = sandboxes.open(tables, results)) {
                    opened = millisSince(started);
                    sandbox.store("select 1", file, SHOWN_ROWS, MAX_RESULT_SIZE);
                }
                double stored = millisSince(started);
                Files.delete(file);
                started = System.nanoTime();
                try (Sandbox sandbox = sandboxes.open(tables, results)) {
                    sandbox.store(readSales, file, SHOWN_ROWS, MAX_RESULT_SIZE);
                }
                double readSalesStored = millisSince(started);
                Files.delete(file);
                if (run >= WARM_UP_RUNS) {
                    open.add(opened);
                    openStoreClose.add(stored);
                    openReadSalesClose.add(readSalesStored);
                }
            }
            // a loop of its own: the databases above are closed and replaced by other threads meanwhile
            for (int run = 0; run < WARM_UP_RUNS + SET_UP_RUNS; run++) {
                long started = System.nanoTime();
                try (KeptSandbox kept = warm.take("bench", tables)) {
                    Path warmFile = kept.resultFile("result.parquet");
                    kept.sandbox().store("select 1", warmFile, SHOWN_ROWS, MAX_RESULT_SIZE);
                    Files.delete(warmFile);
                }
                if (run >= WARM_UP_RUNS) {
                    warmStore.add(millisSince(started));
                }
            }
        }
        finally {
            LocalDirectories.deleteRecursively(results);
        }
        SetUp setUp = new SetUp(Latencies.of(apiWall), Latencies.of(apiRun), Latencies.of(open),
                Latencies.of(openStoreClose), Latencies.of(openReadSalesClose), Latencies.of(warmStore));
        System.out.printf("%nSet-up per query, %d runs after %d of warm-up (p50 / p90 / max):%n", SET_UP_RUNS,
                WARM_UP_RUNS);
        setUpLine("API, select 1, wall", setUp.apiWall());
        setUpLine("API, select 1, Lakegate's run", setUp.apiRun());
        setUpLine("in-process, sandbox open", setUp.open());
        setUpLine("in-process, open + select 1 + close", setUp.openStoreClose());
        setUpLine("in-process, open + sales view + close", setUp.openReadSalesClose());
        setUpLine("in-process, warm: take + select 1 + give back", setUp.warmStore());
        return setUp;
    }

    private static void setUpLine(String what, Latencies latencies) {
        System.out.printf("  %-40s %6.1f / %6.1f / %6.1f ms%n", what, latencies.median(), latencies.percentile(90),
                latencies.max());
    }

    /** The dataset's tables as the worksheet path gives them to a sandbox, from their metadata in the API. */
    private List<SandboxTable> sandboxTables(String token, BenchDatasets.Dataset dataset) throws Exception {
        return server.call("GET", "/api/v1/datasets/" + dataset.uri() + "/tables", token, null, 200).valueStream()
                .map(table -> new SandboxTable(dataset.schema(), table.path("name").asString(), new TableSource(
                        dataset.location().resolve(table.path("location").asString()).toString(),
                        TableFormat.valueOf(table.path("format").asString()), Map.of(),
                        table.path("columns").valueStream().map(column -> new TableColumn(column.path("name").asString(),
                                column.path("type").asString(), column.path("partition").asBoolean())).toList()),
                        null))
                .toList();
    }

    /**
     * {@value #TEAMS} new teams of {@value #USERS_PER_TEAM} users each, invited to the environment and granted the
     * dataset by an approved share, so that each team's 2 queries at once (its default turns) add up to 8.
     */
    private Concurrency concurrency(BenchDatasets.Dataset dataset, String environment, String approver) throws Exception {
        String admin = server.token("admin", "demo");
        List<WorksheetUser> users = new ArrayList<>();
        for (int t = 1; t <= TEAMS; t++) {
            String team = "BenchTeam" + t;
            server.call("POST", "/api/v1/admin/teams", admin, "{\"name\":\"%s\"}".formatted(team), 201);
            server.call("POST", "/api/v1/environments/" + environment + "/teams", approver,
                    "{\"team\":\"%s\",\"permissions\":[\"RUN_WORKSHEETS\",\"CREATE_SHARE\"]}".formatted(team), 201);
            List<String> tokens = new ArrayList<>();
            for (int u = 1; u <= USERS_PER_TEAM; u++) {
                String username = "bench-%d-%d".formatted(t, u);
                server.call("POST", "/api/v1/admin/users", admin, """
                        {"username":"%s","displayName":"%s","email":"%s@example.com","password":"bench-password",
                         "teams":["%s"]}""".formatted(username, username, username, team), 201);
                tokens.add(server.token(username, "bench-password"));
            }
            String share = server.call("POST", "/api/v1/shares", tokens.getFirst(), """
                    {"datasetUri":"%s","environmentUri":"%s","requesterTeam":"%s",
                     "items":[{"type":"DATASET","uri":"%s"}]}""".formatted(dataset.uri(), environment, team,
                    dataset.uri()), 201).path("uri").asString();
            server.call("POST", "/api/v1/shares/" + share + "/submit", tokens.getFirst(), null, 200);
            server.call("POST", "/api/v1/shares/" + share + "/approve", approver, null, 200);
            String worksheet = worksheet(tokens.getFirst(), team, environment, "Small queries");
            tokens.forEach(token -> users.add(new WorksheetUser(token, worksheet)));
        }
        SplittableRandom warmUp = new SplittableRandom(0);
        for (int turn = 0; turn < users.size(); turn++) {
            runQuery(users.get(turn), smallQuery(dataset.schema(), turn, warmUp));
        }

        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long deadline = started + CONCURRENT_RUN.toNanos();
        try (ExecutorService clients = Executors.newFixedThreadPool(users.size())) {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < users.size(); u++) {
                WorksheetUser user = users.get(u);
                int first = u;
                running.add(clients.submit(() -> {
                    SplittableRandom random = new SplittableRandom(first + 1);
                    for (int turn = first; System.nanoTime() < deadline; turn++) {
                        String sql = smallQuery(dataset.schema(), turn, random);
                        long queryStarted = System.nanoTime();
                        runQuery(user, sql);
                        latencies.add(millisSince(queryStarted));
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
        }
        Concurrency concurrency = new Concurrency(users.size(), TEAMS, millisSince(started) / 1e3,
                Latencies.of(latencies));
        System.out.printf("%n%d users of %d teams, small queries for %d s: %d queries, %.1f queries/s, p50 %.0f ms, "
                        + "p99 %.0f ms, max %.0f ms%n", concurrency.users(), concurrency.teams(),
                CONCURRENT_RUN.toSeconds(), concurrency.latencies().count(), concurrency.queriesPerSecond(),
                concurrency.latencies().median(), concurrency.latencies().percentile(99), concurrency.latencies().max());
        return concurrency;
    }

    /** In turn: a point lookup in the fact table, a group-by of the dimension, a filtered count of one store's day. */
    private static String smallQuery(String schema, int turn, SplittableRandom random) {
        return switch (turn % 3) {
            case 0 -> "select * from %s.sales where sale_id = %d".formatted(schema, random.nextLong(1, SALES_ROWS + 1));
            case 1 -> "select region, count(*) as stores from %s.stores group by region order by region"
                    .formatted(schema);
            default -> ("select count(*) as sales, sum(amount) as revenue from %s.sales"
                    + " where sale_date = date '2023-01-01' + %d and store_id = %d")
                    .formatted(schema, random.nextInt(DAYS), random.nextInt(1, STORES + 1));
        };
    }

    private void summary(List<Comparison> comparisons, SetUp setUp, Concurrency concurrency) {
        String ratioAim = "≤ %.1f".formatted(AIM_RATIO);
        String noAim = "none set";
        System.out.printf("%n==== Worksheets benchmark: summary (%d cores) ====%n",
                Runtime.getRuntime().availableProcessors());
        summaryLine("figure", "measured", "aim");
        for (Comparison comparison : comparisons) {
            summaryLine("%s over %,d rows, API / DuckDB JDBC, median of %d".formatted(comparison.query(), SALES_ROWS,
                            ROUNDS),
                    "%.0f / %.0f ms, ratio %.2f (cpu %.2f)%s".formatted(comparison.api().median(),
                            comparison.jdbc().median(), comparison.ratio(), comparison.cpuRatio(),
                            comparison.sameRows() ? "" : " (RESULTS DIFFER)"),
                    verdict(comparison.ratio() <= AIM_RATIO, ratioAim));
        }
        double medianRatio = Latencies.of(comparisons.stream().map(Comparison::ratio).toList()).median();
        summaryLine("median of the five ratios API / DuckDB JDBC", "%.2f".formatted(medianRatio),
                verdict(medianRatio <= AIM_RATIO, ratioAim));
        summaryLine("  the same in CPU time of both JVMs", "%.2f".formatted(
                Latencies.of(comparisons.stream().map(Comparison::cpuRatio).toList()).median()), noAim);
        double setUpP50 = setUp.openStoreClose().median();
        summaryLine("sandbox set-up, in-process: open + select 1 stored + close",
                "p50 %.1f ms, p90 %.1f ms".formatted(setUpP50, setUp.openStoreClose().percentile(90)),
                verdict(setUpP50 <= AIM_SET_UP_P50_MILLIS, "p50 ≤ %.0f ms".formatted(AIM_SET_UP_P50_MILLIS)));
        summaryLine("  of which the sandbox open", "p50 %.1f ms".formatted(setUp.open().median()), noAim);
        summaryLine("  the same with a first read of sales (its view made)",
                "p50 %.1f ms".formatted(setUp.openReadSalesClose().median()), noAim);
        summaryLine("  a team's next query: warm sandbox taken + select 1 + given back",
                "p50 %.1f ms, p90 %.1f ms".formatted(setUp.warmStore().median(), setUp.warmStore().percentile(90)),
                noAim);
        summaryLine("per-query overhead over HTTP: select 1 through the API",
                "p50 %.1f ms, p90 %.1f ms".formatted(setUp.apiWall().median(), setUp.apiWall().percentile(90)), noAim);
        summaryLine("  of which Lakegate's run (durationMillis)",
                "p50 %.0f ms, p90 %.0f ms".formatted(setUp.apiRun().median(), setUp.apiRun().percentile(90)), noAim);
        summaryLine("%d users of %d teams, small queries for %d s".formatted(concurrency.users(), concurrency.teams(),
                CONCURRENT_RUN.toSeconds()), "%.1f queries/s".formatted(concurrency.queriesPerSecond()), noAim);
        summaryLine("  latency", "p50 %.0f ms, p99 %.0f ms".formatted(concurrency.latencies().median(),
                concurrency.latencies().percentile(99)), noAim);
        System.out.printf("load average (1 min) at the start and after each part: %s%n", loads.entrySet().stream()
                .map(load -> "%s %.2f".formatted(load.getKey(), load.getValue())).collect(Collectors.joining(", ")));
    }

    private static void summaryLine(String figure, String measured, String aim) {
        System.out.printf("%-64s %-40s %s%n", figure, measured, aim);
    }

    private static String verdict(boolean met, String aim) {
        return aim + (met ? "  met" : "  missed");
    }

    private String worksheet(String token, String team, String environment, String name) throws Exception {
        return server.call("POST", "/api/v1/worksheets", token, JSON.writeValueAsString(
                Map.of("name", name, "ownerTeam", team, "environmentUri", environment)), 201).path("uri").asString();
    }

    /** Runs {@code sql} in the user's worksheet and waits for it; fails unless it succeeded. */
    private JsonNode runQuery(WorksheetUser user, String sql) throws Exception {
        JsonNode run = server.call("POST", "/api/v1/worksheets/" + user.worksheet() + "/queries", user.token(),
                JSON.writeValueAsString(Map.of("sql", sql)), 200);
        if (!run.path("status").asString().equals("SUCCEEDED")) {
            throw new IllegalStateException("The query %s ended %s: %s".formatted(sql, run.path("status").asString(),
                    run.path("error").asString()));
        }
        return run;
    }

    private static Rows rows(JsonNode run) {
        return new Rows(run.path("rowCount").asLong(), run.path("rows").valueStream()
                .map(row -> row.valueStream().map(WorksheetBench::text).toList()).toList());
    }

    /** Runs the query and reads every row, as a client would. */
    private static Rows rows(Connection duckDb, String sql) throws SQLException {
        try (Statement statement = duckDb.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<String>> first = new ArrayList<>();
            long count = 0;
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    row.add(text(result.getObject(column)));
                }
                if (count++ < SHOWN_ROWS) {
                    first.add(row);
                }
            }
            return new Rows(count, first);
        }
    }

    /** A value as text that the API's JSON and DuckDB's Java values agree on: numbers without trailing zeros. */
    private static String text(JsonNode value) {
        return value.isNumber() ? plain(value.decimalValue()) : value.isNull() ? "null" : value.asString();
    }

    private static String text(Object value) {
        return value instanceof Number number ? plain(new BigDecimal(number.toString())) : String.valueOf(value);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String version(Connection duckDb) throws SQLException {
        try (Statement statement = duckDb.createStatement(); ResultSet result = statement.executeQuery("select version()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(Connection duckDb, String sql) throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            statement.execute(sql);
        }
    }

    /** CPU time used so far by Lakegate's JVM and this one, which runs DuckDB over JDBC. */
    private double cpuMillis() {
        return (server.cpuTime().toNanos() + SYSTEM.getProcessCpuTime()) / 1e6;
    }

    private static double load() {
        return SYSTEM.getSystemLoadAverage();
    }

    private static double millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }
}
