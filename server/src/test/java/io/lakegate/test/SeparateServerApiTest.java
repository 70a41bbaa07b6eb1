package io.lakegate.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.lakegate.platform.LakegateProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP-level tests that need a server with other settings (such as an OIDC provider): Spring
 * starts a second server for them. That server needs a data directory of its own, because a second embedded
 * PostgreSQL on the shared data directory would stop the shared server's PostgreSQL.
 */
public abstract class SeparateServerApiTest extends ApiTest {

    static final String DATA_DIR_PROPERTY = "lakegate.test.separate-data-dir";

    @Autowired
    private LakegateProperties properties;

    /** Called once per server started, so that each server gets its own directory. */
    @DynamicPropertySource
    static void separateDataDirectory(DynamicPropertyRegistry registry) {
        Path own = TestDataDirectories.newDataDirectory("separate");
        registry.add(DATA_DIR_PROPERTY, own::toString);
    }

    @Test
    void runsOnADataDirectoryOfItsOwn() {
        assertThat(properties.dataDir()).isNotEqualTo(DATA_DIR.toAbsolutePath().normalize());
    }
}
