package io.lakegate.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import io.lakegate.access.TableSource;
import io.lakegate.platform.LakegateProperties;

/**
 * Times {@link QuerySandboxes#open} with 1, 10 and 100 tables (CSV partitioned in two directories, Parquet, JSON in
 * turn); then, in the open sandbox, a first query of a table (which makes its view) and a query of no table (the
 * cost of checking a statement). Run by {@code bench/query-sandbox.sh}.
 */
public final class SandboxOpenBenchmark {

    private static final LakegateProperties.Query SETTINGS =
            new LakegateProperties.Query("1GB", 2, Duration.ofSeconds(60));

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("lakegate-sandbox-bench");
        SalesStore store = new SalesStore(root);
        try (QuerySandboxes sandboxes = new QuerySandboxes(new DuckDbConnections(SETTINGS), SETTINGS)) {
            System.out.printf("%-8s %10s %10s %10s %16s %16s%n", "tables", "open p50", "open p90", "open max",
                    "1st query p50", "select 1 p50");
            for (int count : List.of(1, 10, 100)) {
                List<SandboxTable> tables = tables(store, count);
                int rounds = count == 100 ? 30 : 200;
                for (int warmUp = 0; warmUp < 20; warmUp++) {
                    sandboxes.open(tables).close();
                }
                double[] opens = new double[rounds];
                double[] firstQueries = new double[rounds];
                double[] checks = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    long started = System.nanoTime();
                    try (Sandbox sandbox = sandboxes.open(tables)) {
                        long opened = System.nanoTime();
                        sandbox.query("select count(*) from s0.t0", 10);
                        long queried = System.nanoTime();
                        sandbox.query("select 1", 10);
                        checks[round] = (System.nanoTime() - queried) / 1e6;
                        firstQueries[round] = (queried - opened) / 1e6;
                        opens[round] = (opened - started) / 1e6;
                    }
                }
                System.out.printf("%-8d %8.1fms %8.1fms %8.1fms %14.1fms %14.1fms%n", count, percentile(opens, 50),
                        percentile(opens, 90), percentile(opens, 100), percentile(firstQueries, 50),
                        percentile(checks, 50));
            }
        }
        finally {
            deleteRecursively(root);
        }
    }

    /** {@code count} tables over the store's files, each under a name of its own, the formats taking turns. */
    private static List<SandboxTable> tables(SalesStore store, int count) {
        List<TableSource> sources = List.of(store.ordersSource(), store.events().source(), store.customers().source());
        return IntStream.range(0, count)
                .mapToObj(index -> new SandboxTable("s" + index % 10, "t" + index, sources.get(index % sources.size()),
                        null))
                .toList();
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            List<Path> deepestFirst = new ArrayList<>(paths.toList());
            deepestFirst.sort((a, b) -> b.getNameCount() - a.getNameCount());
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        }
    }
}
