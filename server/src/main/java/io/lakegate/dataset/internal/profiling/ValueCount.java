package io.lakegate.dataset.internal.profiling;

/** A value of a column, as text, and the number of rows that hold it. */
public record ValueCount(String value, long count) {
}
