package io.lakegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lakegate.test.TestDataDirectories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs Lakegate as its own process with embedded defaults, as the README's run command does, and checks
 * that users, organizations and environments survive a clean restart and a kill -9.
 */
class RestartTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_PASSWORD = "restart-test-password";

    private final Path dataDir = TestDataDirectories.newDataDirectory("restart");
    private final int port = freePort();
    private Process server;

    @AfterEach
    void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void firstStartPrintsTheGeneratedAdminPasswordOnce() throws Exception {
        server = start(List.of());
        Matcher printed = Pattern.compile("Its password, shown only this once:\\s+(\\S+)").matcher(output());
        assertThat(printed.find()).as("the generated password is printed").isTrue();
        String password = printed.group(1);
        assertThat(call("GET", "/api/v1/me", token("admin", password), null, 200).path("admin").asBoolean()).isTrue();

        server.destroy();
        server.waitFor();
        server = start(List.of());
        assertThat(Pattern.compile("shown only this once").matcher(output()).results().count())
                .as("printed on the first start only").isEqualTo(1);
        token("admin", password);
    }

    @Test
    void dataSurvivesRestartAndKill() throws Exception {
        server = start();
        String admin = token("admin", ADMIN_PASSWORD);
        call("POST", "/api/v1/admin/teams", admin, "{\"name\":\"RestartTeam\"}", 201);
        call("POST", "/api/v1/admin/users", admin, """
                {"username":"restarter","displayName":"Re Starter","password":"restarter-password","teams":["RestartTeam"]}""", 201);
        String user = token("restarter", "restarter-password");
        String organization = call("POST", "/api/v1/organizations", user,
                "{\"name\":\"Restart Org\",\"team\":\"RestartTeam\"}", 201).path("uri").asString();
        String environment = call("POST", "/api/v1/environments", user, """
                {"organizationUri":"%s","name":"Restart Env","resourcePrefix":"restart","team":"RestartTeam"}"""
                .formatted(organization), 201).path("uri").asString();

        awaitStack(user, environment, "CREATE_COMPLETE");

        server.destroyForcibly().waitFor();
        server = start();
        assertSurvived(organization, environment);

        server.destroy();
        server.waitFor();
        server = start();
        assertSurvived(organization, environment);
    }

    private void assertSurvived(String organization, String environment) throws Exception {
        String user = token("restarter", "restarter-password");
        assertThat(call("GET", "/api/v1/organizations/" + organization, user, null, 200).path("name").asString())
                .isEqualTo("Restart Org");
        assertThat(call("GET", "/api/v1/environments/" + environment, user, null, 200).path("name").asString())
                .isEqualTo("Restart Env");
        assertThat(call("GET", "/api/v1/environments/" + environment + "/stack", user, null, 200).path("status").asString())
                .isEqualTo("CREATE_COMPLETE");
    }

    private void awaitStack(String token, String environment, String status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!call("GET", "/api/v1/environments/" + environment + "/stack", token, null, 200).path("status").asString()
                .equals(status)) {
            assertThat(Instant.now()).as("stack of %s reaches %s", environment, status).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private Process start() throws Exception {
        return start(List.of("--lakegate.admin-password=" + ADMIN_PASSWORD));
    }

    private Process start(List<String> arguments) throws Exception {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                LakegateApplication.class.getName(),
                "--server.port=" + port,
                "--lakegate.data-dir=" + dataDir));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.out").toFile()))
                .start();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("server process is alive; see %s", dataDir.resolve("server.out")).isTrue();
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && JSON.readTree(health.body()).path("status").asString().equals("UP")) {
                    return process;
                }
            }
            catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Lakegate did not become healthy; see " + dataDir.resolve("server.out"));
    }

    private String output() throws IOException {
        return Files.readString(dataDir.resolve("server.out"));
    }

    private String token(String username, String password) throws Exception {
        return call("POST", "/api/v1/auth/token", null,
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password), 200)
                .path("access_token").asString();
    }

    private JsonNode call(String method, String path, String token, String body, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
