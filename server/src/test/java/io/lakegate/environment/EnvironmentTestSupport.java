package io.lakegate.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import io.lakegate.test.Response;
import tools.jackson.databind.JsonNode;

/** Fixtures and small helpers shared by the environment tests. */
abstract class EnvironmentTestSupport extends ApiTest {

    static final String ENVIRONMENTS = "/api/v1/environments";
    static final Duration STACK_TIMEOUT = Duration.ofSeconds(10);
    static final Set<String> ALL_PERMISSIONS = Set.of("CREATE_DATASET", "CREATE_SHARE", "RUN_WORKSHEETS",
            "CREATE_DASHBOARD", "CREATE_PIPELINE", "CREATE_NOTEBOOK", "INVITE_TEAM", "MANAGE_CONSUMPTION_PRINCIPALS");

    /** A team that administers an organization, one of its users, and the organization. */
    record Organization(String team, TestUser admin, String uri) {
    }

    /** An environment with its owner team and one of that team's users. */
    record Environment(Organization organization, String team, TestUser owner, String uri) {
    }

    Organization newOrganization() {
        String team = team();
        TestUser admin = user(team);
        return new Organization(team, admin, organization(admin.api(), team));
    }

    /** An organization and an environment that its admin team owns, described "for tests", with prefix "env". */
    Environment newEnvironment() {
        Organization organization = newOrganization();
        String uri = organization.admin().api().post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(),
                Map.of())).expect(201).text("uri");
        return new Environment(organization, organization.team(), organization.admin(), uri);
    }

    /** The body of a valid "link environment" request, with {@code changes} applied. */
    static Map<String, Object> linkRequest(String organization, String team, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationUri", organization, "name", unique("Env"),
                "description", "for tests", "region", "eu-west-1", "resourcePrefix", "env", "team", team,
                "tags", List.of("test")));
        body.putAll(changes);
        return body;
    }

    static String path(String environment) {
        return ENVIRONMENTS + "/" + environment;
    }

    /** Invites {@code team} to the environment with those permissions. */
    static void inviteToEnvironment(Caller inviter, String environment, String team, String... permissions) {
        inviter.post(path(environment) + "/teams", Map.of("team", team, "permissions", Set.of(permissions))).expect(201);
    }

    /** The environment names a caller's listing shows, with optional query parameters like "?term=x". */
    static List<String> environmentNames(Caller caller, String query) {
        return names(caller.get(ENVIRONMENTS + query).expect(200).json().path("items"), "name");
    }

    static List<String> names(JsonNode array, String field) {
        return array.valueStream().map(item -> item.path(field).asString()).toList();
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /** Where the environment's storage root lives: under the data directory, named by prefix and URI. */
    Path expectedStorageRoot(String prefix, String environment) {
        return dataDir().resolve("environments").resolve(prefix + "-" + environment);
    }

    /** Polls the stack until it reaches {@code status}; fails, showing the last answer, after ten seconds. */
    static JsonNode awaitStack(Caller owner, String environment, String status) {
        return Eventually.eventually("the stack of environment %s to reach %s".formatted(environment, status),
                () -> owner.get(path(environment) + "/stack").expect(200),
                response -> response.text("status").equals(status)).json();
    }

    static List<String> logMessages(JsonNode stack) {
        return stack.path("logs").valueStream().map(line -> line.path("message").asString()).toList();
    }

    static void assertRefused(Response response, String action, String username, String environment) {
        assertThat(response.problem(403))
                .isEqualTo("User: %s is not authorized to perform: %s on environment %s", username, action, environment);
    }

}
