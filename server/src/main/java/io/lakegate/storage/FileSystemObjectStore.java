package io.lakegate.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An object store in a directory: a key is a file path below the root. Writes land in a staging directory
 * inside the root and are moved into place atomically, so no half-written object is ever visible; the
 * staging directory is not part of the store. Paths are resolved without following any symbolic link out
 * of the root.
 */
public final class FileSystemObjectStore implements ObjectStore {

    static final String STAGING = ".lakegate-staging";

    private final Path root;
    private final Path staging;

    public FileSystemObjectStore(Path root) {
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
            // created by the first write, so that a read-only directory can be read as a store
            this.staging = this.root.resolve(STAGING);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot use " + root + " as an object store", e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public ObjectInfo write(String key, InputStream content) {
        Path target = pathForWrite(key);
        Path temporary = staging.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(staging);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidObjectKeyException("'%s' is a folder of other objects, not an object".formatted(key));
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return info(key, target);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write '%s'".formatted(key), e);
        }
        finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public InputStream read(String key) {
        return read(key, 0, Long.MAX_VALUE);
    }

    @Override
    public InputStream read(String key, long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        Path file = existingObject(key).orElseThrow(() -> new ObjectNotFoundException(key));
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        }
        catch (NoSuchFileException e) {
            throw new ObjectNotFoundException(key);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read '%s'".formatted(key), e);
        }
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        return existingObject(key).map(file -> info(key, file));
    }

    @Override
    public ObjectListing list(String prefix, String delimiter) {
        String normalized = ObjectKeys.prefix(prefix);
        if (delimiter != null && !delimiter.equals("/")) {
            throw new IllegalArgumentException("Only '/' is supported as a delimiter");
        }
        int slash = normalized.lastIndexOf('/');
        String directoryKey = slash < 0 ? "" : normalized.substring(0, slash);
        Optional<Path> directory = directoryKey.isEmpty() ? Optional.of(root) : existingInsideRoot(directoryKey)
                .filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS));
        if (directory.isEmpty()) {
            return new ObjectListing(List.of(), List.of());
        }
        try {
            return delimiter == null ? listAll(directory.get(), normalized) : listLevel(directory.get(), normalized);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not list '%s'".formatted(normalized), e);
        }
    }

    @Override
    public boolean delete(String key) {
        Optional<Path> file = existingObject(key);
        if (file.isEmpty()) {
            return false;
        }
        try {
            boolean deleted = Files.deleteIfExists(root.resolve(key));
            pruneEmptyFolders(root.resolve(key).getParent());
            return deleted;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not delete '%s'".formatted(key), e);
        }
    }

    @Override
    public void move(String source, String target) {
        existingObject(source).orElseThrow(() -> new ObjectNotFoundException(source));
        Path to = pathForWrite(target);
        if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidObjectKeyException("'%s' is a folder of other objects, not an object".formatted(target));
        }
        try {
            Files.move(root.resolve(source), to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            pruneEmptyFolders(root.resolve(source).getParent());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not move '%s' to '%s'".formatted(source, target), e);
        }
    }

    /** Deletes what writes that were killed left in the staging directory, if older than {@code age}. */
    public int removeAbandonedWrites(Duration age) {
        Instant cutoff = Instant.now().minus(age);
        int removed = 0;
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(staging)) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(leftover);
                    removed++;
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not clean " + staging, e);
        }
        return removed;
    }

    private ObjectListing listAll(Path directory, String prefix) throws IOException {
        List<ObjectInfo> objects = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (path.startsWith(staging)) {
                    continue;
                }
                String key = keyOf(path);
                if (key.startsWith(prefix) && isObject(path)) {
                    objects.add(info(key, path));
                }
            }
        }
        objects.sort(Comparator.comparing(ObjectInfo::key));
        return new ObjectListing(objects, List.of());
    }

    private ObjectListing listLevel(Path directory, String prefix) throws IOException {
        List<ObjectInfo> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String key = keyOf(entry);
                if (entry.equals(staging) || !key.startsWith(prefix)) {
                    continue;
                }
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    if (holdsObjects(entry)) {
                        prefixes.add(key + "/");
                    }
                }
                else if (isObject(entry)) {
                    objects.add(info(key, entry));
                }
            }
        }
        objects.sort(Comparator.comparing(ObjectInfo::key));
        prefixes.sort(Comparator.naturalOrder());
        return new ObjectListing(objects, prefixes);
    }

    private boolean holdsObjects(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.anyMatch(this::isObject);
        }
    }

    /** A regular file, or a link to one that stays inside the root. */
    private boolean isObject(Path path) {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        return Files.isSymbolicLink(path) && insideRoot(path) && Files.isRegularFile(path);
    }

    private Optional<Path> existingObject(String key) {
        return existingInsideRoot(ObjectKeys.key(key)).filter(this::isObject);
    }

    /** The path of an existing key, if it and every link on the way stay inside the root. */
    private Optional<Path> existingInsideRoot(String key) {
        Path path = resolve(key);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!insideRoot(path)) {
            throw new InvalidObjectKeyException("'%s' leads out of the store".formatted(key));
        }
        return Optional.of(path);
    }

    /** The path to write {@code key} to, with its folders created; refuses folders that lead out of the root. */
    private Path pathForWrite(String key) {
        Path target = resolve(ObjectKeys.key(key));
        Path existing = target.getParent();
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (!insideRoot(existing)) {
            throw new InvalidObjectKeyException("'%s' leads out of the store".formatted(key));
        }
        if (!Files.isDirectory(existing)) {
            throw new InvalidObjectKeyException("'%s' lies under an object, not a folder".formatted(key));
        }
        try {
            Files.createDirectories(target.getParent());
        }
        catch (FileAlreadyExistsException e) {
            throw new InvalidObjectKeyException("'%s' lies under an object, not a folder".formatted(key));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not create the folders of '%s'".formatted(key), e);
        }
        return target;
    }

    private Path resolve(String key) {
        if (key.equals(STAGING) || key.startsWith(STAGING + "/")) {
            throw new InvalidObjectKeyException("'%s' is reserved".formatted(STAGING));
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new InvalidObjectKeyException("'%s' leads out of the store".formatted(key));
        }
        return path;
    }

    private boolean insideRoot(Path path) {
        try {
            return path.toRealPath().startsWith(root);
        }
        catch (IOException e) {
            return false;
        }
    }

    private String keyOf(Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    private static ObjectInfo info(String key, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new ObjectInfo(key, attributes.size(), attributes.lastModifiedTime().toInstant());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the attributes of '%s'".formatted(key), e);
        }
    }

    private void pruneEmptyFolders(Path folder) throws IOException {
        while (folder != null && !folder.equals(root) && folder.startsWith(root)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            }
            Files.deleteIfExists(folder);
            folder = folder.getParent();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        }
        catch (IOException ignored) {
            // a leftover in staging is invisible and removeAbandonedWrites takes it later
        }
    }

    /** At most {@code remaining} bytes of a stream. */
    private static final class BoundedInputStream extends InputStream {

        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int value = in.read();
            if (value >= 0) {
                remaining--;
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
