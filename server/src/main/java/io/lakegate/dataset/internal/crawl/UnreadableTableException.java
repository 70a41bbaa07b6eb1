package io.lakegate.dataset.internal.crawl;

/** A table directory whose files cannot be read as one table; the message says why, for the crawl log. */
class UnreadableTableException extends Exception {

    UnreadableTableException(String reason) {
        super(reason);
    }
}
