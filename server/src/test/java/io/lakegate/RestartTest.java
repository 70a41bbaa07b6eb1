package io.lakegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lakegate.test.LakegateProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs Lakegate as its own process with embedded defaults, as the README's run command does, and checks
 * that users, organizations and environments survive a clean restart and a kill -9.
 */
class RestartTest {

    private static final String ADMIN_PASSWORD = "restart-test-password";
    private static final List<String> WITH_ADMIN_PASSWORD = List.of("--lakegate.admin-password=" + ADMIN_PASSWORD);

    private final LakegateProcess server = new LakegateProcess("restart");

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void firstStartPrintsTheGeneratedAdminPasswordOnce() throws Exception {
        server.start(List.of());
        Matcher printed = Pattern.compile("Its password, shown only this once:\\s+(\\S+)").matcher(server.output());
        assertThat(printed.find()).as("the generated password is printed").isTrue();
        String password = printed.group(1);
        assertThat(server.call("GET", "/api/v1/me", server.token("admin", password), null, 200).path("admin").asBoolean())
                .isTrue();

        server.stop();
        server.start(List.of());
        assertThat(Pattern.compile("shown only this once").matcher(server.output()).results().count())
                .as("printed on the first start only").isEqualTo(1);
        server.token("admin", password);
    }

    @Test
    void dataSurvivesRestartAndKill() throws Exception {
        server.start(WITH_ADMIN_PASSWORD);
        String admin = server.token("admin", ADMIN_PASSWORD);
        server.call("POST", "/api/v1/admin/teams", admin, "{\"name\":\"RestartTeam\"}", 201);
        server.call("POST", "/api/v1/admin/users", admin, """
                {"username":"restarter","displayName":"Re Starter","password":"restarter-password","teams":["RestartTeam"]}""", 201);
        String user = server.token("restarter", "restarter-password");
        String organization = server.call("POST", "/api/v1/organizations", user,
                "{\"name\":\"Restart Org\",\"team\":\"RestartTeam\"}", 201).path("uri").asString();
        String environment = server.call("POST", "/api/v1/environments", user, """
                {"organizationUri":"%s","name":"Restart Env","resourcePrefix":"restart","team":"RestartTeam"}"""
                .formatted(organization), 201).path("uri").asString();

        awaitStack(user, environment, "CREATE_COMPLETE");

        server.kill();
        server.start(WITH_ADMIN_PASSWORD);
        assertSurvived(organization, environment);

        server.stop();
        server.start(WITH_ADMIN_PASSWORD);
        assertSurvived(organization, environment);
    }

    private void assertSurvived(String organization, String environment) throws Exception {
        String user = server.token("restarter", "restarter-password");
        assertThat(server.call("GET", "/api/v1/organizations/" + organization, user, null, 200).path("name").asString())
                .isEqualTo("Restart Org");
        assertThat(server.call("GET", "/api/v1/environments/" + environment, user, null, 200).path("name").asString())
                .isEqualTo("Restart Env");
        assertThat(server.call("GET", "/api/v1/environments/" + environment + "/stack", user, null, 200).path("status")
                .asString()).isEqualTo("CREATE_COMPLETE");
    }

    private void awaitStack(String token, String environment, String status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!server.call("GET", "/api/v1/environments/" + environment + "/stack", token, null, 200).path("status")
                .asString().equals(status)) {
            assertThat(Instant.now()).as("stack of %s reaches %s", environment, status).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
