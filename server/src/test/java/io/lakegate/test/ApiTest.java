package io.lakegate.test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.lakegate.platform.LakegateProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP-level tests: one Lakegate server with its own embedded PostgreSQL and data directory,
 * shared by every test class that extends this, and fixtures that create real users, teams,
 * organizations and environments through the API. Names are unique, so tests do not see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lakegate.admin-password=" + ApiTest.ADMIN_PASSWORD,
        "lakegate.tasks.polling-interval=PT0.2S",
        "lakegate.query.statement-timeout=PT5S"})
public abstract class ApiTest {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "password-for-tests";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    private LakegateProperties properties;

    /**
     * Called once for each server Spring starts (one per distinct test configuration): each gets a data
     * directory, and so an embedded PostgreSQL, of its own. Two servers on one directory would not work:
     * the second would stop the first one's PostgreSQL as left behind.
     */
    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectories.newDataDirectory("api").toString();
        registry.add("lakegate.data-dir", () -> dataDir);
    }

    /** The data directory of the server under test. */
    protected Path dataDir() {
        return properties.dataDir();
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected Caller anonymous() {
        return new Caller(baseUrl(), null);
    }

    protected Caller withToken(String token) {
        return new Caller(baseUrl(), token);
    }

    protected Caller admin() {
        return signIn("admin", ADMIN_PASSWORD);
    }

    protected Caller signIn(String username, String password) {
        String token = anonymous().post("/api/v1/auth/token", Map.of("username", username, "password", password))
                .expect(200).text("access_token");
        return withToken(token);
    }

    /** A name no other test uses. */
    protected static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
    }

    /**
     * A unique word of lowercase letters only: the catalog's analyzer splits words at digits, and a search for the
     * parts of {@link #unique} may find other assets that happen to hold enough of them.
     */
    protected static String uniqueWord(String prefix) {
        return unique(prefix).chars()
                .map(character -> Character.isDigit(character) ? 'g' + character - '0' : character)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** A new team, created by the admin. */
    protected String team() {
        String name = unique("Team");
        admin().post("/api/v1/admin/teams", Map.of("name", name)).expect(201);
        return name;
    }

    /** A new user in those teams, signed in. */
    protected TestUser user(String... teams) {
        String username = unique("user");
        admin().post("/api/v1/admin/users", Map.of("username", username, "displayName", "User " + username,
                "email", username + "@example.com", "password", PASSWORD, "teams", Set.of(teams))).expect(201);
        return new TestUser(username, Arrays.asList(teams), signIn(username, PASSWORD));
    }

    /** A new organization with {@code adminTeam}, created by {@code creator}; returns its URI. */
    protected String organization(Caller creator, String adminTeam) {
        return creator.post("/api/v1/organizations", Map.of("name", unique("Org"), "team", adminTeam,
                "description", "for tests", "tags", List.of("test"))).expect(201).text("uri");
    }

    /** Invites {@code team} to the organization with every permission. */
    protected void inviteToOrganization(Caller inviter, String organization, String team, String... permissions) {
        inviter.post("/api/v1/organizations/" + organization + "/teams",
                Map.of("team", team, "permissions", Set.of(permissions))).expect(201);
    }

    /** A new environment of {@code team} in the organization; returns its URI. */
    protected String environment(Caller creator, String organization, String team) {
        return creator.post("/api/v1/environments", Map.of("organizationUri", organization, "name", unique("Env"),
                "resourcePrefix", "env", "team", team, "region", "eu-west-1", "tags", List.of("test")))
                .expect(201).text("uri");
    }

    public record TestUser(String username, List<String> teams, Caller api) {
    }
}
