package io.lakegate.identity;

import static io.lakegate.test.Problems.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Teams and memberships as the admin team manages them, and the team list every user sees; who else may
 * manage them is in {@link AdminIdentityAccessTest}.
 */
class AdminTeamsTest extends ApiTest {

    private static final String TEAMS = "/api/v1/admin/teams";

    @Test
    void createdTeamHasEveryPermissionAndNoMembers() {
        String name = unique("Team");

        Response created = admin().post(TEAMS, Map.of("name", name)).expect(201);

        assertThat(created.headers().firstValue("Location")).hasValue(TEAMS + "/" + name);
        assertTeam(created.json(), name, List.of());
        assertTeam(admin().get(TEAMS + "/" + name).expect(200).json(), name, List.of());
    }

    @Test
    void adminTeamIsMarkedAndHasTheAdmin() {
        JsonNode admins = admin().get(TEAMS + "/admins").expect(200).json();

        assertThat(admins.path("adminTeam").asBoolean()).isTrue();
        assertThat(admins.path("members")).extracting(JsonNode::asString).contains("admin");
        assertThat(admins.path("permissions")).hasSize(TenantPermissionsTest.ALL.size());
    }

    @Test
    void unknownTeamIsNotFound() {
        String missing = unique("NoSuchTeam");

        assertThat(admin().get(TEAMS + "/" + missing).problem(404)).isEqualTo("Team '%s' does not exist", missing);
    }

    @Test
    void adminListShowsTeamsMatchingTheTermWithTheirMemberCount() {
        String team = team();
        user(team);
        user(team);

        JsonNode list = admin().get(TEAMS + "?term=" + team.toLowerCase()).expect(200).json();

        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("name").asString()).isEqualTo(team);
        assertThat(list.get(0).path("members").asInt()).isEqualTo(2);
        assertThat(list.get(0).path("source").asString()).isEqualTo("LOCAL");
        assertThat(list.get(0).path("adminTeam").asBoolean()).isFalse();
    }

    @Test
    void adminListWithoutTermShowsEveryTeamInNameOrder() {
        String team = team();

        List<String> names = names(admin().get(TEAMS).expect(200).json());

        assertThat(names).contains("admins", team).isSorted();
    }

    @Test
    void termIsMatchedLiterallyNotAsAPattern() {
        String marker = unique("Lit");
        admin().post(TEAMS, Map.of("name", marker + "_a")).expect(201);
        admin().post(TEAMS, Map.of("name", marker + "xa")).expect(201);

        assertThat(names(admin().get(TEAMS + "?term=" + marker + "_").expect(200).json())).containsExactly(marker + "_a");
        assertThat(user().api().get("/api/v1/teams?term=" + marker + "_").expect(200).json()).extracting(JsonNode::asString)
                .containsExactly(marker + "_a");
    }

    @Test
    void everySignedInUserMayListTeamNames() {
        String team = team();
        TestUser stranger = user();

        JsonNode all = stranger.api().get("/api/v1/teams").expect(200).json();
        JsonNode matching = stranger.api().get("/api/v1/teams?term=" + team).expect(200).json();

        assertThat(all).extracting(JsonNode::asString).contains(team, "admins");
        assertThat(matching).extracting(JsonNode::asString).containsExactly(team);
        assertThat(anonymous().get("/api/v1/teams").problem(401)).startsWith("Sign in first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTeams")
    void badNewTeamIsABadRequestNamingTheFieldAndNothingIsCreated(String what, Map<String, Object> body, String field,
            String detail) {
        assertThat(badRequest(admin().post(TEAMS, body), field)).contains(detail);

        if (body.get("name") instanceof String name && !name.isBlank()) {
            admin().get(TEAMS + "/" + name.replace(" ", "%20")).problem(404);
        }
    }

    static Stream<Arguments> badTeams() {
        String rule = "name: must be 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit";
        return Stream.of(
                Arguments.of("empty name", Map.of("name", ""), "name", "name: must not be blank"),
                Arguments.of("missing name", Map.of(), "name", "name: must not be blank"),
                Arguments.of("name with spaces", Map.of("name", "Data Team"), "name", rule),
                Arguments.of("name starting with a dash", Map.of("name", "-Team"), "name", rule),
                Arguments.of("name of 1000 characters", Map.of("name", "T".repeat(1000)), "name", rule),
                Arguments.of("unknown JSON field", Map.of("name", unique("Team"), "color", "blue"), "color",
                        "Unknown field 'color'"));
    }

    @Test
    void duplicateTeamIsABadRequestNamingTheName() {
        String team = team();
        TestUser member = user(team);

        Response answer = admin().post(TEAMS, Map.of("name", team));

        assertThat(badRequest(answer, "name")).isEqualTo("A team named '%s' already exists", team);
        assertThat(members(team)).containsExactly(member.username());
    }

    @Test
    void addedMemberActsForTheTeamAtOnce() {
        String team = team();
        TestUser user = user();

        admin().put(membership(team, user.username()), null).expect(204);

        assertThat(members(team)).containsExactly(user.username());
        assertThat(teamsOf(user.api())).containsExactly(team);
        user.api().post("/api/v1/organizations", Map.of("name", unique("Org"), "team", team)).expect(201);
    }

    @Test
    void addingAMemberTwiceKeepsOneMembership() {
        String team = team();
        TestUser user = user(team);

        admin().put(membership(team, user.username()), null).expect(204);

        assertThat(members(team)).containsExactly(user.username());
    }

    @Test
    void removedMemberNoLongerActsForTheTeam() {
        String team = team();
        String otherTeam = team();
        TestUser user = user(team, otherTeam);

        admin().delete(membership(team, user.username())).expect(204);

        assertThat(members(team)).isEmpty();
        assertThat(teamsOf(user.api())).containsExactly(otherTeam);
        assertThat(user.api().post("/api/v1/organizations", Map.of("name", unique("Org"), "team", team)).problem(403))
                .contains("which they do not belong to");
    }

    @Test
    void removingANonMemberIsNotFound() {
        String team = team();
        TestUser user = user();

        assertThat(admin().delete(membership(team, user.username())).problem(404))
                .isEqualTo("Member of team %s '%s' does not exist", team, user.username());
    }

    @Test
    void membershipOfUnknownUserOrTeamIsNotFound() {
        String team = team();
        TestUser user = user();
        String missingUser = unique("missing");
        String missingTeam = unique("NoSuchTeam");

        assertThat(admin().put(membership(team, missingUser), null).problem(404))
                .isEqualTo("User '%s' does not exist", missingUser);
        assertThat(admin().put(membership(missingTeam, user.username()), null).problem(404))
                .isEqualTo("Team '%s' does not exist", missingTeam);
        assertThat(admin().delete(membership(missingTeam, user.username())).problem(404))
                .isEqualTo("Team '%s' does not exist", missingTeam);
        assertThat(members(team)).isEmpty();
    }

    @Test
    void adminCannotRemoveThemselvesFromTheAdminTeam() {
        String username = unique("second-admin");
        admin().post("/api/v1/admin/users", Map.of("username", username, "displayName", "Second admin",
                "password", PASSWORD, "teams", Set.of("admins"))).expect(201);
        try {
            Response answer = signIn(username, PASSWORD).delete(membership("admins", username));

            assertThat(answer.problem(409)).isEqualTo("You cannot remove yourself from the admin team");
            assertThat(members("admins")).contains(username);
        }
        finally {
            admin().delete("/api/v1/admin/users/" + username);
        }
    }

    private List<String> members(String team) {
        return admin().get(TEAMS + "/" + team).expect(200).json().path("members").valueStream()
                .map(JsonNode::asString).toList();
    }

    private static List<String> teamsOf(Caller caller) {
        return caller.get("/api/v1/me").expect(200).json().path("teams").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> names(JsonNode teams) {
        return teams.valueStream().map(team -> team.path("name").asString()).toList();
    }

    private static String membership(String team, String username) {
        return TEAMS + "/" + team + "/members/" + username;
    }

    private static void assertTeam(JsonNode team, String name, List<String> members) {
        assertThat(team.path("name").asString()).isEqualTo(name);
        assertThat(team.path("source").asString()).isEqualTo("LOCAL");
        assertThat(team.path("adminTeam").asBoolean()).isFalse();
        assertThat(team.path("permissions")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrderElementsOf(TenantPermissionsTest.ALL);
        assertThat(team.path("members")).extracting(JsonNode::asString).containsExactlyElementsOf(members);
        assertThat(team.path("createdAt").asString()).isNotBlank();
    }
}
