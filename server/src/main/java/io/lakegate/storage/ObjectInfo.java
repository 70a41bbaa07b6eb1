package io.lakegate.storage;

import java.time.Instant;

/** An object in a store: its key (relative to the store's root), its size in bytes and when it was last written. */
public record ObjectInfo(String key, long size, Instant lastModified) {
}
