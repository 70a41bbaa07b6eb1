package io.lakegate.dataset.internal.profiling;

/**
 * One bin of an equal-width histogram: the values with {@code lower <= value < upper}. The last bin of a
 * column with fractional values ends at the column's maximum and also holds it.
 */
public record HistogramBin(double lower, double upper, long count) {
}
