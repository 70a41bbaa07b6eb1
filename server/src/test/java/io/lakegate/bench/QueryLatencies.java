package io.lakegate.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies of a run of queries, in milliseconds, by kind of query in the order the kinds first came. */
final class QueryLatencies {

    private final Map<String, List<Double>> byKind = new LinkedHashMap<>();
    private final List<Double> all = new ArrayList<>();

    record Percentiles(int count, double p50, double p90, double p99, double max) {

        static Percentiles of(List<Double> millis) {
            Latencies latencies = Latencies.of(millis);
            return new Percentiles(latencies.count(), latencies.median(), latencies.percentile(90),
                    latencies.percentile(99), latencies.max());
        }
    }

    void add(String kind, double millis) {
        byKind.computeIfAbsent(kind, key -> new ArrayList<>()).add(millis);
        all.add(millis);
    }

    Percentiles overall() {
        return Percentiles.of(all);
    }

    Map<String, Percentiles> byKind() {
        Map<String, Percentiles> percentiles = new LinkedHashMap<>();
        byKind.forEach((kind, millis) -> percentiles.put(kind, Percentiles.of(millis)));
        return percentiles;
    }

    /** A line per kind of query and one for them all. */
    void print() {
        System.out.printf("  %-26s %5s %8s %8s %8s %8s%n", "kind", "count", "p50", "p90", "p99", "max");
        byKind().forEach(QueryLatencies::printLine);
        printLine("all", overall());
    }

    private static void printLine(String kind, Percentiles percentiles) {
        System.out.printf("  %-26s %5d %6.1fms %6.1fms %6.1fms %6.1fms%n", kind, percentiles.count(),
                percentiles.p50(), percentiles.p90(), percentiles.p99(), percentiles.max());
    }
}
