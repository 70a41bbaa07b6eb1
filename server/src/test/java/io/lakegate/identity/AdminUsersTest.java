package io.lakegate.identity;

import static io.lakegate.test.Problems.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Local users, as the admin team manages them; who else may do so is in {@link AdminIdentityAccessTest}. */
class AdminUsersTest extends ApiTest {

    private static final String USERS = "/api/v1/admin/users";

    @Test
    void createdUserIsShownWithoutPasswordAndCanSignIn() {
        String team = team();
        String username = unique("new");

        Response created = admin().post(USERS, newUser(username, Map.of("teams", List.of(team)))).expect(201);

        assertThat(created.headers().firstValue("Location")).hasValue(USERS + "/" + username);
        assertUser(created.json(), username, "Display " + username, username + "@example.com", List.of(team));
        assertThat(created.json().path("source").asString()).isEqualTo("LOCAL");
        assertThat(created.json().path("createdAt").asString()).isNotBlank();
        assertThat(created.body()).doesNotContainIgnoringCase("password");
        assertUser(admin().get(USERS + "/" + username).expect(200).json(), username, "Display " + username,
                username + "@example.com", List.of(team));
        signIn(username, PASSWORD);
    }

    @Test
    void userMayBeCreatedWithoutTeamsOrEmail() {
        String username = unique("new");
        Map<String, Object> body = new HashMap<>(newUser(username, Map.of()));
        body.remove("email");

        JsonNode created = admin().post(USERS, body).expect(201).json();

        assertThat(created.path("teams")).isEmpty();
        assertThat(created.path("email").isNull()).isTrue();
    }

    @Test
    void unknownUserIsNotFound() {
        String missing = unique("missing");

        assertThat(admin().get(USERS + "/" + missing).problem(404)).isEqualTo("User '%s' does not exist", missing);
        assertThat(admin().patch(USERS + "/" + missing, Map.of("displayName", "X")).problem(404))
                .isEqualTo("User '%s' does not exist", missing);
        assertThat(admin().delete(USERS + "/" + missing).problem(404)).isEqualTo("User '%s' does not exist", missing);
    }

    @Test
    void listIsPagedAndFilteredByTermInUsernameOrDisplayName() {
        String marker = unique("pg");
        for (String suffix : List.of("-c", "-a", "-b")) {
            admin().post(USERS, newUser(marker + suffix, Map.of())).expect(201);
        }
        String byDisplayName = unique("dn");
        admin().post(USERS, newUser(byDisplayName, Map.of("displayName", "Known as " + marker.toUpperCase()))).expect(201);

        JsonNode first = admin().get(USERS + "?term=" + marker + "&size=3").expect(200).json();
        JsonNode second = admin().get(USERS + "?term=" + marker + "&size=3&page=2").expect(200).json();

        assertThat(first.path("total").asLong()).isEqualTo(4);
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("size").asInt()).isEqualTo(3);
        assertThat(usernames(first)).containsExactly(byDisplayName, marker + "-a", marker + "-b");
        assertThat(usernames(second)).containsExactly(marker + "-c");
        assertThat(second.path("total").asLong()).isEqualTo(4);
    }

    @Test
    void termIsMatchedLiterallyNotAsAPattern() {
        String marker = unique("lit");
        admin().post(USERS, newUser(marker + "_a", Map.of())).expect(201);
        admin().post(USERS, newUser(marker + "xa", Map.of())).expect(201);

        assertThat(usernames(admin().get(USERS + "?term=" + marker + "_").expect(200).json())).containsExactly(marker + "_a");
        assertThat(usernames(admin().get(USERS + "?term=" + marker + "%25a").expect(200).json())).isEmpty();
    }

    @Test
    void listWithoutTermShowsEveryoneIncludingTheAdmin() {
        JsonNode page = admin().get(USERS + "?size=500").expect(200).json();

        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(usernames(page)).contains("admin");
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badPaging")
    void badPagingIsABadRequestNamingTheParameter(String parameter, String value, String detail) {
        assertThat(badRequest(admin().get(USERS + "?" + parameter + "=" + value), parameter)).isEqualTo(detail);
    }

    static Stream<Arguments> badPaging() {
        return Stream.of(
                Arguments.of("page", "0", "page must be 1 or more"),
                Arguments.of("size", "0", "size must be between 1 and 500"),
                Arguments.of("size", "501", "size must be between 1 and 500"),
                Arguments.of("page", "first", "'first' is not a valid value for page"));
    }

    @Test
    void patchChangesOnlyTheGivenFields() {
        String username = unique("edit");
        admin().post(USERS, newUser(username, Map.of())).expect(201);

        JsonNode renamed = admin().patch(USERS + "/" + username, Map.of("displayName", "Renamed")).expect(200).json();
        JsonNode moved = admin().patch(USERS + "/" + username, Map.of("email", "moved@example.com")).expect(200).json();

        assertThat(renamed.path("displayName").asString()).isEqualTo("Renamed");
        assertThat(renamed.path("email").asString()).isEqualTo(username + "@example.com");
        assertThat(moved.path("displayName").asString()).isEqualTo("Renamed");
        assertThat(moved.path("email").asString()).isEqualTo("moved@example.com");
        assertThat(admin().get(USERS + "/" + username).expect(200).json().path("displayName").asString()).isEqualTo("Renamed");
    }

    @Test
    void patchedPasswordSignsInAndTheOldOneNoLonger() {
        TestUser user = user(team());

        admin().patch(USERS + "/" + user.username(), Map.of("password", "reset-by-the-admin")).expect(200);

        signIn(user.username(), "reset-by-the-admin");
        anonymous().post("/api/v1/auth/token", Map.of("username", user.username(), "password", PASSWORD)).problem(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPatches")
    void badPatchIsABadRequestAndChangesNothing(String what, Map<String, Object> patch, String field) {
        String username = unique("edit");
        admin().post(USERS, newUser(username, Map.of())).expect(201);

        badRequest(admin().patch(USERS + "/" + username, patch), field);

        JsonNode unchanged = admin().get(USERS + "/" + username).expect(200).json();
        assertUser(unchanged, username, "Display " + username, username + "@example.com", List.of());
    }

    static Stream<Arguments> badPatches() {
        return Stream.of(
                Arguments.of("empty displayName", Map.of("displayName", ""), "displayName"),
                Arguments.of("1000-character displayName", Map.of("displayName", "x".repeat(1000)), "displayName"),
                Arguments.of("invalid email", Map.of("email", "not-an-email"), "email"),
                Arguments.of("short password", Map.of("password", "short"), "password"),
                Arguments.of("unknown field", Map.of("nickname", "Bob"), "nickname"));
    }

    @Test
    void deletedUserIsGoneFromTheDirectoryAndItsTeams() {
        String team = team();
        TestUser user = user(team);

        admin().delete(USERS + "/" + user.username()).expect(204);

        admin().get(USERS + "/" + user.username()).problem(404);
        assertThat(admin().get("/api/v1/admin/teams/" + team).expect(200).json().path("members")).isEmpty();
        assertThat(usernames(admin().get(USERS + "?term=" + user.username()).expect(200).json())).isEmpty();
    }

    @Test
    void adminCannotDeleteTheirOwnUser() {
        String username = unique("second-admin");
        admin().post(USERS, newUser(username, Map.of("teams", List.of("admins")))).expect(201);
        try {
            Response answer = signIn(username, PASSWORD).delete(USERS + "/" + username);

            assertThat(answer.problem(409)).isEqualTo("You cannot delete your own user");
            admin().get(USERS + "/" + username).expect(200);
        }
        finally {
            admin().delete(USERS + "/" + username);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUsers")
    void badNewUserIsABadRequestNamingTheFieldAndNothingIsCreated(String what, Map<String, Object> override,
            String field, String detail) {
        String username = unique("bad");
        Map<String, Object> body = new HashMap<>(newUser(username, override));

        assertThat(badRequest(admin().post(USERS, body), field)).contains(detail);

        assertNotCreated(body.get("username"));
        assertNotCreated(username);
    }

    static Stream<Arguments> badUsers() {
        return Stream.of(
                Arguments.of("empty username", Map.of("username", ""), "username", "username: must not be blank"),
                Arguments.of("username with spaces and capitals", Map.of("username", "Not Valid!"), "username",
                        "username: must be 1 to 64 lowercase letters, digits, '.', '_', '@' or '-', starting with a letter or digit"),
                Arguments.of("username of 65 characters", Map.of("username", "u".repeat(65)), "username", "username: must be 1 to 64"),
                Arguments.of("empty displayName", Map.of("displayName", ""), "displayName", "displayName: must not be blank"),
                Arguments.of("1000-character displayName", Map.of("displayName", "x".repeat(1000)), "displayName",
                        "displayName: size must be between 0 and 200"),
                Arguments.of("invalid email", Map.of("email", "not-an-email"), "email", "email: must be a well-formed email address"),
                Arguments.of("short password", Map.of("password", "short"), "password", "password: size must be between 8 and 128"),
                Arguments.of("unknown team", Map.of("teams", List.of("NoSuchTeamAnywhere")), "teams",
                        "There is no team named 'NoSuchTeamAnywhere'"),
                Arguments.of("unknown JSON field", Map.of("nickname", "Bob"), "nickname", "Unknown field 'nickname'"));
    }

    @Test
    void oneUnknownTeamAmongKnownOnesCreatesNothing() {
        String team = team();
        String username = unique("bad");

        badRequest(admin().post(USERS, newUser(username, Map.of("teams", List.of(team, "NoSuchTeamAnywhere")))), "teams");

        assertNotCreated(username);
        assertThat(admin().get("/api/v1/admin/teams/" + team).expect(200).json().path("members")).isEmpty();
    }

    @Test
    void duplicateUsernameIsABadRequestAndKeepsTheExistingUser() {
        String username = unique("dup");
        admin().post(USERS, newUser(username, Map.of())).expect(201);

        Response answer = admin().post(USERS, newUser(username, Map.of("displayName", "Impostor")));

        assertThat(badRequest(answer, "username")).isEqualTo("A user named '%s' already exists", username);
        assertThat(admin().get(USERS + "/" + username).expect(200).json().path("displayName").asString())
                .isEqualTo("Display " + username);
    }

    @Test
    void malformedJsonIsABadRequestNamingTheBody() {
        String username = unique("bad");

        Response answer = admin().send(USERS, "POST", "{\"username\": \"" + username + "\", ", "application/json");

        assertThat(badRequest(answer, "body")).startsWith("Malformed JSON");
        assertNotCreated(username);
    }

    @Test
    void wrongContentTypeIsABadRequestNamingTheHeader() {
        String username = unique("bad");
        String json = "{\"username\": \"%s\", \"displayName\": \"D\", \"password\": \"%s\"}".formatted(username, PASSWORD);

        Response answer = admin().send(USERS, "POST", json, "text/plain");

        assertThat(badRequest(answer, "Content-Type")).startsWith("Content type 'text/plain")
                .endsWith("is not supported; send application/json");
        assertNotCreated(username);
    }

    @Test
    void missingBodyIsABadRequest() {
        badRequest(admin().send(USERS, "POST", (String) null, "application/json"), "body");
    }

    private void assertNotCreated(Object username) {
        if (username instanceof String name && !name.isBlank()) {
            admin().get(USERS + "/" + name.replace(" ", "%20")).problem(404);
        }
    }

    /** A valid new-user body, with some fields replaced. */
    private static Map<String, Object> newUser(String username, Map<String, Object> override) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "Display " + username,
                "email", username + "@example.com", "password", PASSWORD));
        body.putAll(override);
        return body;
    }

    private static void assertUser(JsonNode user, String username, String displayName, String email, List<String> teams) {
        assertThat(user.path("username").asString()).isEqualTo(username);
        assertThat(user.path("displayName").asString()).isEqualTo(displayName);
        assertThat(user.path("email").asString()).isEqualTo(email);
        assertThat(user.path("teams")).extracting(JsonNode::asString).containsExactlyInAnyOrderElementsOf(teams);
    }

    private static List<String> usernames(JsonNode page) {
        return page.path("items").valueStream().map(user -> user.path("username").asString()).toList();
    }
}
