package io.lakegate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint under {@code /api/v1/admin/users} and {@code /api/v1/admin/teams} answers the admin team, and
 * refuses everyone else without changing anything: 403 naming the action for a signed-in user, 401 for an
 * anonymous caller.
 */
class AdminIdentityAccessTest extends ApiTest {

    /** What each call works on: an existing user in an existing team, and a name nothing has yet. */
    record Target(String username, String team, String newName) {
    }

    record Endpoint(String method, String path, Function<Target, Object> body, String action, int adminStatus) {

        String path(Target target) {
            return path.replace("{user}", target.username()).replace("{team}", target.team());
        }

        Response call(Caller caller, Target target) {
            Object json = body.apply(target);
            return switch (method) {
                case "GET" -> caller.get(path(target));
                case "DELETE" -> caller.delete(path(target));
                case "POST" -> caller.post(path(target), json);
                case "PUT" -> caller.put(path(target), json);
                case "PATCH" -> caller.patch(path(target), json);
                default -> throw new IllegalArgumentException(method);
            };
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        Function<Target, Object> none = target -> null;
        return Stream.of(
                new Endpoint("GET", "/api/v1/admin/users", none, "LIST_USERS", 200),
                new Endpoint("POST", "/api/v1/admin/users", target -> Map.of("username", target.newName(),
                        "displayName", "New", "password", PASSWORD, "teams", List.of(target.team())), "CREATE_USER", 201),
                new Endpoint("GET", "/api/v1/admin/users/{user}", none, "GET_USER", 200),
                new Endpoint("PATCH", "/api/v1/admin/users/{user}", target -> Map.of("displayName", "Changed"),
                        "UPDATE_USER", 200),
                new Endpoint("DELETE", "/api/v1/admin/users/{user}", none, "DELETE_USER", 204),
                new Endpoint("GET", "/api/v1/admin/teams", none, "LIST_TEAMS", 200),
                new Endpoint("POST", "/api/v1/admin/teams", target -> Map.of("name", target.newName()), "CREATE_TEAM", 201),
                new Endpoint("GET", "/api/v1/admin/teams/{team}", none, "GET_TEAM", 200),
                new Endpoint("PUT", "/api/v1/admin/teams/{team}/members/{user}", none, "ADD_TEAM_MEMBER", 204),
                new Endpoint("DELETE", "/api/v1/admin/teams/{team}/members/{user}", none, "REMOVE_TEAM_MEMBER", 204),
                new Endpoint("GET", "/api/v1/admin/teams/{team}/permissions", none, "GET_TENANT_PERMISSIONS", 200),
                new Endpoint("PUT", "/api/v1/admin/teams/{team}/permissions",
                        target -> Map.of("permissions", List.of("MANAGE_DATASETS")), "MANAGE_TENANT_PERMISSIONS", 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void adminIsAllowed(Endpoint endpoint) {
        Target target = target();

        endpoint.call(admin(), target).expect(endpoint.adminStatus());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void signedInNonAdminIsForbiddenAndNothingChanges(Endpoint endpoint) {
        Target target = target();
        TestUser caller = user(team());

        String detail = endpoint.call(caller.api(), target).problem(403);

        assertThat(detail).isEqualTo("User: %s is not authorized to perform: %s on lakegate", caller.username(),
                endpoint.action());
        assertUntouched(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void memberOfTheTargetTeamIsForbiddenToo(Endpoint endpoint) {
        Target target = target();
        TestUser member = user(target.team());

        String detail = endpoint.call(member.api(), target).problem(403);

        assertThat(detail).isEqualTo("User: %s is not authorized to perform: %s on lakegate", member.username(),
                endpoint.action());
        assertUntouched(target);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymousCallerIsUnauthorizedAndNothingChanges(Endpoint endpoint) {
        Target target = target();

        assertThat(endpoint.call(anonymous(), target).problem(401)).startsWith("Sign in first");
        assertUntouched(target);
    }

    private Target target() {
        String team = team();
        return new Target(user(team).username(), team, unique("new"));
    }

    /** The target user and team are as the fixtures made them, and nothing was created under the new name. */
    private void assertUntouched(Target target) {
        Caller admin = admin();
        JsonNode user = admin.get("/api/v1/admin/users/" + target.username()).expect(200).json();
        assertThat(user.path("displayName").asString()).isEqualTo("User " + target.username());
        assertThat(user.path("teams")).extracting(JsonNode::asString).containsExactly(target.team());
        JsonNode team = admin.get("/api/v1/admin/teams/" + target.team()).expect(200).json();
        assertThat(team.path("permissions")).hasSize(TenantPermissionsTest.ALL.size());
        admin.get("/api/v1/admin/users/" + target.newName()).problem(404);
        admin.get("/api/v1/admin/teams/" + target.newName()).problem(404);
    }
}
