package io.lakegate.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Directories on the local file system that hold stores: environment roots, dataset locations. */
public final class LocalDirectories {

    private LocalDirectories() {
    }

    /** Deletes the directory and everything in it, without following links; nothing when it is not there. */
    public static void deleteRecursively(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root, e);
        }
    }
}
