package io.lakegate.dataset.internal.profiling;

import java.util.List;

/**
 * The profile of one column. What is measured depends on the column's type; what is not measured is null (or an
 * empty list):
 * <ul>
 *   <li>every column: completeness and distinct count;</li>
 *   <li>every column except lists, arrays, structs, maps, unions and variants: min and max, as DuckDB orders
 *       and prints the values (NaN is the largest floating-point value);</li>
 *   <li>numbers (integers, decimals, floating point): mean, median, sample standard deviation and a histogram, all
 *       computed in double precision over the finite values only (NaN and ±Infinity are left out, so the
 *       histogram's counts add up to the number of finite values);</li>
 *   <li>text (VARCHAR, JSON, ENUM): the shortest and longest length in characters (Unicode code points) and the
 *       most frequent values;</li>
 *   <li>booleans: the counts of {@code true} and {@code false} as most frequent values;</li>
 *   <li>dates, times, timestamps, intervals, UUIDs, blobs and bit strings: min and max only.</li>
 * </ul>
 * Distinct counts, medians and most frequent values are exact unless their {@code …Approximate} flag says
 * otherwise: they become estimates only when DuckDB runs out of memory computing them exactly.
 *
 * @param type         the DuckDB type, e.g. {@code BIGINT}, {@code VARCHAR}, {@code DECIMAL(18,2)}
 * @param completeness the share of rows that hold a value, 0 to 1; 1 for an empty table, which misses no value
 * @param distinctCount the number of distinct non-null values
 * @param topValues    up to the 10 most frequent values, the most frequent first, ties in value order
 */
public record ColumnProfile(
        String name,
        String type,
        double completeness,
        long distinctCount,
        boolean distinctApproximate,
        String min,
        String max,
        Double mean,
        Double median,
        boolean medianApproximate,
        Double stddev,
        Integer minLength,
        Integer maxLength,
        List<HistogramBin> histogram,
        List<ValueCount> topValues,
        boolean topValuesApproximate) {

    public ColumnProfile {
        histogram = List.copyOf(histogram);
        topValues = List.copyOf(topValues);
    }
}
