package io.lakegate.test;

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

import io.lakegate.LakegateApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lakegate as its own process with embedded defaults, as the README's run command runs it, on a data directory
 * and port that outlive restarts: for tests that stop it cleanly or kill it.
 */
public final class LakegateProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dataDir;
    private final int port = freePort();
    private Process process;

    public LakegateProcess(String kind) {
        this.dataDir = TestDataDirectories.newDataDirectory(kind);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Starts the server with these arguments and waits until it is healthy. */
    public void start(List<String> arguments) throws Exception {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                LakegateApplication.class.getName(),
                "--server.port=" + port,
                "--lakegate.data-dir=" + dataDir));
        command.addAll(arguments);
        process = new ProcessBuilder(command)
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
                    return;
                }
            }
            catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Lakegate did not become healthy; see " + dataDir.resolve("server.out"));
    }

    /** Stops the server as a service manager would, letting it finish its work. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** Kills the server at once, as {@code kill -9} does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** What the server printed so far, across restarts. */
    public String output() throws IOException {
        return Files.readString(dataDir.resolve("server.out"));
    }

    public String token(String username, String password) throws Exception {
        return call("POST", "/api/v1/auth/token", null,
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password), 200)
                .path("access_token").asString();
    }

    /** Calls the API and checks the status; returns the JSON answer. */
    public JsonNode call(String method, String path, String token, String body, int expectedStatus) throws Exception {
        return call(method, path, token, body, expectedStatus, Duration.ofMinutes(2));
    }

    public JsonNode call(String method, String path, String token, String body, int expectedStatus, Duration timeout)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(timeout).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** Calls the API; returns the status only. */
    public int status(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
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
