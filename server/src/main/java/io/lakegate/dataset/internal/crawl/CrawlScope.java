package io.lakegate.dataset.internal.crawl;

import java.util.Arrays;

/**
 * The part of a dataset a crawl looks at: everything under a relative prefix. A prefix inside a table's
 * {@code key=value} directories widens to the table directory, since a table is always read whole.
 *
 * @param prefix "" for the whole dataset, else slash-separated directory names without a trailing slash
 */
record CrawlScope(String prefix) {

    private static final int MAX_LENGTH = 1024;

    static CrawlScope of(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return new CrawlScope("");
        }
        if (prefix.startsWith("/")) {
            throw new InvalidCrawlPrefixException("A crawl prefix must be relative to the dataset, not '%s'"
                    .formatted(printable(prefix)));
        }
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        check(trimmed);
        return new CrawlScope(trimmed);
    }

    /** This scope widened to the table directory when the prefix ends in {@code key=value} directories. */
    CrawlScope tableLevel() {
        String[] segments = prefix.split("/");
        int end = segments.length;
        while (end > 0 && PartitionDirectory.is(segments[end - 1])) {
            end--;
        }
        return new CrawlScope(String.join("/", Arrays.copyOf(segments, end)));
    }

    /** Whether a file or directory at this path inside the dataset is part of the crawl. */
    boolean includes(String relativePath) {
        return prefix.isEmpty() || relativePath.equals(prefix) || relativePath.startsWith(prefix + "/");
    }

    private static void check(String prefix) {
        if (prefix.length() > MAX_LENGTH) {
            throw new InvalidCrawlPrefixException("A crawl prefix must be at most %d characters long".formatted(MAX_LENGTH));
        }
        if (prefix.indexOf('\0') >= 0) {
            throw new InvalidCrawlPrefixException("A crawl prefix must not contain NUL bytes: '%s'".formatted(printable(prefix)));
        }
        if (prefix.indexOf('\\') >= 0) {
            throw new InvalidCrawlPrefixException("A crawl prefix must use '/', not '\\': '%s'".formatted(printable(prefix)));
        }
        for (String segment : prefix.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidCrawlPrefixException("A crawl prefix must not have empty, '.' or '..' parts: '%s'"
                        .formatted(printable(prefix)));
            }
        }
    }

    private static String printable(String prefix) {
        return prefix.replace("\0", "\\0");
    }
}
