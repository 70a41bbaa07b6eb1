package io.lakegate.dataset.internal.crawl;

/** A column as the engine's {@code DESCRIBE} shows it. */
record DescribedColumn(String name, String type) {
}
