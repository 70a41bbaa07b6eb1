package io.lakegate.access;

/**
 * A column of a table as the engine sees it.
 *
 * @param type      the DuckDB type, e.g. {@code BIGINT}, {@code VARCHAR}, {@code DECIMAL(18,2)}
 * @param partition true for columns that come from {@code key=value} directories
 */
public record TableColumn(String name, String type, boolean partition) {
}
