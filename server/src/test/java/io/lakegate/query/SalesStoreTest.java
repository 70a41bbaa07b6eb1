package io.lakegate.query;

import java.nio.file.Path;
import java.time.Duration;

import io.lakegate.platform.LakegateProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests over a {@link SalesStore} written to a temporary directory, with query sandboxes of a 5-second time limit. */
abstract class SalesStoreTest {

    static final LakegateProperties.Query SETTINGS = new LakegateProperties.Query("1GB", 2, Duration.ofSeconds(5));

    @TempDir
    static Path root;
    static SalesStore store;
    static QuerySandboxes sandboxes;

    @BeforeAll
    static void writeStore() {
        store = new SalesStore(root);
        sandboxes = new QuerySandboxes(new DuckDbConnections(SETTINGS), SETTINGS);
    }

    @AfterAll
    static void closeSandboxes() throws Exception {
        sandboxes.close();
    }
}
