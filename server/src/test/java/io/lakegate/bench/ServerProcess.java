package io.lakegate.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lakegate.platform.db.EmbeddedPostgresServer;

/**
 * The Lakegate server jar run as its own process, the way an operator runs it, on a database of its own; its
 * output goes to a log file.
 */
final class ServerProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "catalog-benchmark";

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the server with at most {@code heap} (a {@code -Xmx} value) of heap; the first user is {@code admin}. */
    static ServerProcess start(Path jar, String heap, Path dataDirectory, Path log, EmbeddedPostgresServer database)
            throws IOException {
        int port = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", jar.toString(),
                "--server.port=" + port,
                "--lakegate.data-dir=" + dataDirectory,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--lakegate.admin-password=" + ADMIN_PASSWORD,
                // the synthetic datasets have no files: the scheduled table sync would mark every table Deleted
                "--lakegate.datasets.sync-interval=P365D");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServerProcess(process, log, port);
    }

    int port() {
        return port;
    }

    /** Throws, with the end of the server's log, when the server is no longer running. */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The server stopped (exit code %d)%n%s".formatted(process.exitValue(), logTail()));
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "last lines of the server log %s:%n%s".formatted(log,
                    String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
        }
        catch (IOException e) {
            return "the server log %s cannot be read: %s".formatted(log, e);
        }
    }

    /** Stops the server as an operator would (SIGTERM), forcibly after a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
