package io.lakegate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import io.lakegate.platform.db.EmbeddedPostgresServer;
import io.lakegate.test.ApiTest;
import io.lakegate.test.TestDataDirectories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code spring.datasource.url} set, Lakegate uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseTest extends ApiTest {

    private static final EmbeddedPostgresServer EXTERNAL = EmbeddedPostgresServer.start(
            TestDataDirectories.newDataDirectory("external"), 0, "nobody",
            Duration.ofSeconds(60));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EXTERNAL::close));
    }

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EXTERNAL::jdbcUrl);
        registry.add("spring.datasource.username", EXTERNAL::username);
        registry.add("spring.datasource.password", EXTERNAL::password);
    }

    @Test
    void storesEverythingInTheConfiguredDatabase() throws Exception {
        assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
        String team = unique("ExternalTeam");
        admin().post("/api/v1/admin/teams", Map.of("name", team)).expect(201);

        try (Connection connection = DriverManager.getConnection(EXTERNAL.jdbcUrl(), EXTERNAL.username(), EXTERNAL.password());
             PreparedStatement query = connection.prepareStatement("select source from teams where name = ?")) {
            query.setString(1, team);
            ResultSet result = query.executeQuery();
            assertThat(result.next()).isTrue();
            assertThat(result.getString("source")).isEqualTo("LOCAL");
        }
    }
}
