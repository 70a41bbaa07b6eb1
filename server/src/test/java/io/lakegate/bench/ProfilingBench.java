package io.lakegate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import com.sun.management.OperatingSystemMXBean;
import io.lakegate.dataset.internal.profiling.TableProfiler;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.query.DuckDbConnections;

import static io.lakegate.query.DuckDbConnections.literal;

/**
 * Profiling of a 10-million-row Parquet file next to DuckDB's own {@code SUMMARIZE} of the same file, in one run
 * and on one sandboxed connection with the query engine's default settings (2 GB memory, all cores, locked).
 * Wall time is the measure; the process's CPU time is printed too, as it varies less on a busy machine.
 * Run by {@code bench/profiling.sh}; arguments: the directory that keeps the generated file, and the rounds.
 */
public final class ProfilingBench {

    private static final long ROWS = 10_000_000;
    private static final OperatingSystemMXBean SYSTEM =
            ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

    private record Timing(long wallMillis, long cpuMillis) {
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    public static void main(String[] arguments) throws Exception {
        Path directory = Path.of(arguments[0]).toAbsolutePath();
        int rounds = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 3;
        Path file = directory.resolve("orders-" + ROWS + ".parquet");
        if (!Files.exists(file)) {
            generate(file);
        }
        DuckDbConnections engine =
                new DuckDbConnections(new LakegateProperties.Query("2GB", 0, Duration.ofSeconds(600)));
        try (Connection connection = engine.open(List.of(directory.toString()), List.of())) {
            execute(connection, "create schema bench");
            // creating a view is not configuration: it works after the lock, over a directory the lock allows
            execute(connection, "create view bench.orders as select * from read_parquet(" + literal(file.toString()) + ")");
            compare(connection, file, rounds);
        }
    }

    private static void compare(Connection connection, Path file, int rounds) throws SQLException {
        TableProfiler profiler = new TableProfiler();
        String summarize = "summarize select * from read_parquet(" + literal(file.toString()) + ")";
        List<Timing> summarizeTimings = new ArrayList<>();
        List<Timing> profileTimings = new ArrayList<>();
        List<String> passes = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            summarizeTimings.add(time(() -> consume(connection, summarize)));
            passes.clear();
            long[] passStarted = {System.nanoTime()};
            profileTimings.add(time(() -> profiler.profile(connection, "\"bench\".\"orders\"", (message, percent) -> {
                passes.add("%6d ms  %3d%%  %s".formatted(millisSince(passStarted[0]), percent, message));
                passStarted[0] = System.nanoTime();
            })));
            System.out.printf("round %d: SUMMARIZE %6d ms (cpu %6d ms), profiler %6d ms (cpu %6d ms)%n", round,
                    summarizeTimings.getLast().wallMillis(), summarizeTimings.getLast().cpuMillis(),
                    profileTimings.getLast().wallMillis(), profileTimings.getLast().cpuMillis());
        }
        System.out.printf("%nProfiling %,d rows of %s (%d cores, median of %d rounds)%n",
                ROWS, file.getFileName(), Runtime.getRuntime().availableProcessors(), rounds);
        double wallRatio = line("wall time", summarizeTimings, profileTimings, Timing::wallMillis);
        line("cpu time ", summarizeTimings, profileTimings, Timing::cpuMillis);
        System.out.printf("  aim: profiler <= 2 x SUMMARIZE in wall time: %s%n", wallRatio <= 2 ? "met" : "missed");
        System.out.println("  passes of the last profiling run:");
        passes.forEach(pass -> System.out.println("    " + pass));
    }

    private static double line(String measure, List<Timing> summarize, List<Timing> profile,
                               ToLongFunction<Timing> millis) {
        long summarizeMedian = median(summarize, millis);
        long profileMedian = median(profile, millis);
        double ratio = (double) profileMedian / summarizeMedian;
        System.out.printf("  %s  SUMMARIZE %7d ms, profiler %7d ms, ratio profiler/SUMMARIZE %5.2f%n",
                measure, summarizeMedian, profileMedian, ratio);
        return ratio;
    }

    /** Writes the file under a temporary name first, so that an interrupted run leaves nothing to reuse. */
    private static void generate(Path file) throws SQLException, IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        System.out.printf("generating %,d rows into %s%n", ROWS, file);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            execute(connection, """
                    copy (
                        select
                            i as order_id,
                            (hash(i, 1) %% 1000000)::integer as customer_id,
                            case when i %% 20 = 0 then null
                                 else round((hash(i, 2) %% 1000000) / 100.0 - 2000, 2)::double end as amount,
                            ((hash(i, 3) %% 10000000) / 100.0)::decimal(12,2) as price,
                            (hash(i, 4) %% 50)::integer + 1 as quantity,
                            date '2015-01-01' + (hash(i, 5) %% 3650)::integer as order_date,
                            timestamp '2015-01-01' + to_seconds((hash(i, 6) %% 315360000)::bigint) as created_at,
                            (['NEW', 'PAID', 'SHIPPED', 'DELIVERED', 'RETURNED'])[(hash(i, 7) %% 5)::integer + 1]
                                as status,
                            case when i %% 7 = 0 then null else 'country-' || (hash(i, 8) %% 200) end as country,
                            'user' || (hash(i, 9) %% 5000000) || '@example.com' as email
                        from range(%d) as rows(i))
                    to %s (format parquet)""".formatted(ROWS, literal(partial.toString())));
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Timing time(Work work) throws SQLException {
        long wallStarted = System.nanoTime();
        long cpuStarted = SYSTEM.getProcessCpuTime();
        work.run();
        return new Timing(millisSince(wallStarted), (SYSTEM.getProcessCpuTime() - cpuStarted) / 1_000_000);
    }

    private static void consume(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                rows.getString(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static long median(List<Timing> timings, ToLongFunction<Timing> millis) {
        return timings.stream().mapToLong(millis).sorted().toArray()[timings.size() / 2];
    }
}
