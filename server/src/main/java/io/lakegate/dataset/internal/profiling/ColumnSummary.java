package io.lakegate.dataset.internal.profiling;

/**
 * What the summary pass measured of one column; null where the column's kind has no such measure.
 *
 * @param numericMin the smallest finite value as a DOUBLE, where the histogram starts
 * @param numericMax the largest finite value as a DOUBLE, where the histogram ends
 */
record ColumnSummary(
        long nonNullCount,
        String min,
        String max,
        Double mean,
        Double median,
        Double stddev,
        Double numericMin,
        Double numericMax,
        Integer minLength,
        Integer maxLength) {
}
