package io.lakegate.dataset.internal.crawl;

/** A crawl prefix that does not name a place inside the dataset: absolute, with {@code ..}, NUL bytes or backslashes. */
public class InvalidCrawlPrefixException extends IllegalArgumentException {

    public InvalidCrawlPrefixException(String message) {
        super(message);
    }
}
