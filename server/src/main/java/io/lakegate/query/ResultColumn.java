package io.lakegate.query;

/**
 * A column of a query result.
 *
 * @param type the DuckDB type name, e.g. {@code BIGINT}, {@code DECIMAL(18,2)}, {@code VARCHAR[]}
 */
public record ResultColumn(String name, String type) {
}
