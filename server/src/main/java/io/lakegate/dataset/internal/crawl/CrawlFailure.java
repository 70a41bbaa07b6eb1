package io.lakegate.dataset.internal.crawl;

/** A table directory the crawler could not turn into a table, and why. */
public record CrawlFailure(String relativePath, String reason) {
}
