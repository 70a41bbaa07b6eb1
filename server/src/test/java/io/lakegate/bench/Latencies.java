package io.lakegate.bench;

import java.util.Collection;

/** Timings in milliseconds, sorted, for nearest-rank percentiles. */
final class Latencies {

    private final double[] sorted;

    private Latencies(double[] sorted) {
        this.sorted = sorted;
    }

    static Latencies of(Collection<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("No timings");
        }
        return new Latencies(millis.stream().mapToDouble(Double::doubleValue).sorted().toArray());
    }

    double percentile(int percent) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1))];
    }

    double median() {
        return percentile(50);
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }
}
