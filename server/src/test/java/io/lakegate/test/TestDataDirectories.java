package io.lakegate.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import io.lakegate.storage.LocalDirectories;

/**
 * Data directories of the servers that tests start. They live under the system's temporary directory,
 * not in the build tree: run as root, Lakegate runs its embedded PostgreSQL as an unprivileged user, who
 * must be able to reach the directory, and a checkout may sit below directories closed to that user.
 *
 * <p>A directory outlives its test JVM (the servers stop as the JVM ends); those of earlier runs are deleted when the
 * next run makes its first directory, once they are older than any run takes.
 */
public final class TestDataDirectories {

    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "lakegate-tests");
    private static final Duration LEFT_BEHIND = Duration.ofHours(6);

    static {
        deleteLeftBehind();
    }

    private TestDataDirectories() {
    }

    public static Path newDataDirectory(String kind) {
        return ROOT.resolve(kind + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    private static void deleteLeftBehind() {
        if (!Files.isDirectory(ROOT)) {
            return;
        }
        Instant before = Instant.now().minus(LEFT_BEHIND);
        try (Stream<Path> directories = Files.list(ROOT)) {
            directories.filter(directory -> modifiedBefore(directory, before))
                    .forEach(TestDataDirectories::deleteQuietly);
        }
        catch (IOException e) {
            // nothing deleted: the tests run all the same
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            LocalDirectories.deleteRecursively(directory);
        }
        catch (UncheckedIOException e) {
            // another run's, still in use, or not ours to delete: left as it is
        }
    }

    private static boolean modifiedBefore(Path directory, Instant before) {
        try {
            return Files.getLastModifiedTime(directory).toInstant().isBefore(before);
        }
        catch (IOException e) {
            // gone meanwhile, or not ours to look at
            return false;
        }
    }
}
