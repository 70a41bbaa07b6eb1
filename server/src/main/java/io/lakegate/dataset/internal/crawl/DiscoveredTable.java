package io.lakegate.dataset.internal.crawl;

import io.lakegate.access.TableSource;

/**
 * A table the crawler read.
 *
 * @param name         a SQL-friendly identifier, unique in the dataset
 * @param relativePath the table directory's key prefix inside the dataset, e.g. {@code raw/sales}
 */
public record DiscoveredTable(String name, String relativePath, TableSource source, TableStatistics statistics) {
}
