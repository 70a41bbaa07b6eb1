package io.lakegate.dataset.internal.crawl;

import java.util.Optional;

/** A {@code key=value} directory name, as Hive partitioning writes them. */
final class PartitionDirectory {

    private PartitionDirectory() {
    }

    static boolean is(String name) {
        return name.indexOf('=') > 0;
    }

    /** The partition key of a {@code key=value} name. */
    static Optional<String> key(String name) {
        return is(name) ? Optional.of(name.substring(0, name.indexOf('='))) : Optional.empty();
    }
}
