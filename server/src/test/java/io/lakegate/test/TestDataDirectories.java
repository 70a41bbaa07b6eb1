package io.lakegate.test;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Data directories of the servers that tests start. They live under the system's temporary directory,
 * not in the build tree: run as root, Lakegate runs its embedded PostgreSQL as an unprivileged user, who
 * must be able to reach the directory, and a checkout may sit below directories closed to that user.
 */
public final class TestDataDirectories {

    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "lakegate-tests");

    private TestDataDirectories() {
    }

    public static Path newDataDirectory(String kind) {
        return ROOT.resolve(kind + "-" + UUID.randomUUID()).toAbsolutePath();
    }
}
