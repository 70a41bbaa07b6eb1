package io.lakegate.storage;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Objects under keys, as an S3 bucket holds them: no directories, only keys with {@code /} in them. The
 * filesystem implementation is the embedded default; an S3-compatible one will follow and must pass the same
 * contract tests. Keys are relative, use {@code /}, and may not contain {@code .} or {@code ..} segments,
 * empty segments, backslashes or NUL bytes ({@link ObjectKeys}). I/O failures surface as
 * {@link UncheckedIOException}.
 */
public interface ObjectStore {

    /**
     * Stores the stream's bytes under {@code key}, replacing any object there. Readers see the old object or the
     * whole new one, never a part: a write that fails or is killed leaves no object behind.
     */
    ObjectInfo write(String key, InputStream content);

    /** The object's bytes; the caller closes the stream. */
    InputStream read(String key);

    /** {@code length} bytes of the object from {@code offset} on, fewer at its end; the caller closes the stream. */
    InputStream read(String key, long offset, long length);

    Optional<ObjectInfo> stat(String key);

    /**
     * The objects whose keys start with {@code prefix} (empty for all). With {@code delimiter} ({@code "/"}, the
     * only one supported) only the next level: objects directly under it, and common prefixes for deeper keys.
     */
    ObjectListing list(String prefix, String delimiter);

    /** Deletes the object; false when there was none. */
    boolean delete(String key);

    /** Moves the object to {@code target}, replacing any object there, in one step. */
    void move(String source, String target);
}
