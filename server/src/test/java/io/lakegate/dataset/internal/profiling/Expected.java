package io.lakegate.dataset.internal.profiling;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The statistics a profile should hold, computed in Java from a column's values (nulls included). */
final class Expected {

    /** DuckDB orders text by its UTF-8 bytes, which is the order of its code points. */
    static final Comparator<String> TEXT_ORDER =
            Comparator.comparing(text -> text.codePoints().toArray(), Arrays::compare);

    private Expected() {
    }

    static double completeness(List<?> values) {
        return (double) nonNull(values).size() / values.size();
    }

    static long distinctCount(List<?> values) {
        return new HashSet<>(nonNull(values)).size();
    }

    static double mean(List<Double> values) {
        return nonNull(values).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static double median(List<Double> values) {
        double[] sorted = nonNull(values).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The sample standard deviation (divided by n - 1), as {@code stddev_samp}. */
    static double sampleStddev(List<Double> values) {
        List<Double> present = nonNull(values);
        double mean = mean(present);
        double squares = present.stream().mapToDouble(value -> (value - mean) * (value - mean)).sum();
        return Math.sqrt(squares / (present.size() - 1));
    }

    /** How many values fall in each bin by its documented bounds. */
    static List<Long> binCounts(List<Double> values, List<HistogramBin> bins, boolean lastBinHoldsUpper) {
        return bins.stream().map(bin -> nonNull(values).stream()
                        .filter(value -> bin.lower() <= value && (value < bin.upper()
                                || lastBinHoldsUpper && bin == bins.getLast() && value == bin.upper()))
                        .count())
                .toList();
    }

    static int minLength(List<String> values) {
        return nonNull(values).stream().mapToInt(text -> text.codePointCount(0, text.length())).min().orElseThrow();
    }

    static int maxLength(List<String> values) {
        return nonNull(values).stream().mapToInt(text -> text.codePointCount(0, text.length())).max().orElseThrow();
    }

    static <T> String min(List<T> values, Comparator<? super T> order, Function<T, String> text) {
        return text.apply(nonNull(values).stream().min(order).orElseThrow());
    }

    static <T> String max(List<T> values, Comparator<? super T> order, Function<T, String> text) {
        return text.apply(nonNull(values).stream().max(order).orElseThrow());
    }

    /** The ten most frequent values, the most frequent first, ties in value order. */
    static <T> List<ValueCount> topValues(List<T> values, Comparator<? super T> order, Function<T, String> text) {
        Map<T, Long> counts = nonNull(values).stream()
                .collect(Collectors.groupingBy(value -> value, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<T, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(order)))
                .limit(10)
                .map(entry -> new ValueCount(text.apply(entry.getKey()), entry.getValue()))
                .toList();
    }

    static <T> List<T> nonNull(List<T> values) {
        return values.stream().filter(Objects::nonNull).toList();
    }
}
