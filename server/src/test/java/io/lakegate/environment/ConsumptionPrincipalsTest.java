package io.lakegate.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Consumption principals (guide 3.2.5): service accounts of a team, authenticated by an API token shown once,
 * managed by their owner team and admins only, and never allowed to change anything themselves.
 */
class ConsumptionPrincipalsTest extends EnvironmentTestSupport {

    private static final String PRINCIPALS = "/api/v1/consumption-principals";

    @Test
    void ownerTeamCreatesPrincipalAndSeesItsTokenOnce() {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        String name = unique("etl-job");

        Response created = owner.post(principals(environment), Map.of("name", name, "team", environment.team())).expect(201);

        String uri = created.text("uri");
        String token = created.text("token");
        assertThat(token).startsWith("lgcp_").hasSize(45);
        assertThat(created.headers().firstValue("location")).hasValue(PRINCIPALS + "/" + uri);
        assertThat(created.text("name")).isEqualTo(name);
        assertThat(created.text("ownerTeam")).isEqualTo(environment.team());
        assertThat(created.text("environmentUri")).isEqualTo(environment.uri());
        assertThat(created.text("createdBy")).isEqualTo(environment.owner().username());
        assertThat(created.text("tokenHint")).isEqualTo(token.substring(0, 9) + "…");

        JsonNode read = owner.get(PRINCIPALS + "/" + uri).expect(200).json();
        assertThat(read.path("token").isNull()).isTrue();
        assertThat(read.path("tokenHint").asString()).isEqualTo(token.substring(0, 9) + "…");
        JsonNode listed = owner.get(principals(environment)).expect(200).json();
        assertThat(names(listed, "uri")).containsExactly(uri);
        assertThat(listed.path(0).path("token").isNull()).isTrue();
        assertThat(listed.path(0).path("tokenHint").asString()).isEqualTo(read.path("tokenHint").asString());
    }

    @Test
    void tokenAuthenticatesAsTheConsumptionPrincipal() {
        Environment environment = newEnvironment();
        Principal principal = create(environment.owner().api(), environment, environment.team());

        JsonNode me = withToken(principal.token()).get("/api/v1/me").expect(200).json();

        assertThat(me.path("kind").asString()).isEqualTo("CONSUMPTION_PRINCIPAL");
        assertThat(me.path("username").asString()).isEqualTo(principal.name());
        assertThat(me.path("ownerTeam").asString()).isEqualTo(environment.team());
        assertThat(me.path("environment").asString()).isEqualTo(environment.uri());
        assertThat(me.path("admin").asBoolean()).isFalse();
        assertThat(me.path("teams").isEmpty()).isTrue();
    }

    @Test
    void rotatingTheTokenRevokesTheOldOne() {
        Environment environment = newEnvironment();
        Principal principal = create(environment.owner().api(), environment, environment.team());

        Response rotated = environment.owner().api().post(PRINCIPALS + "/" + principal.uri() + "/rotate-token", null)
                .expect(200);

        String newToken = rotated.text("token");
        assertThat(newToken).startsWith("lgcp_").isNotEqualTo(principal.token());
        assertThat(rotated.text("tokenHint")).isEqualTo(newToken.substring(0, 9) + "…");
        assertThat(withToken(principal.token()).get("/api/v1/me").problem(401))
                .isEqualTo("The bearer token is not valid or has expired");
        assertThat(withToken(newToken).get("/api/v1/me").expect(200).text("username")).isEqualTo(principal.name());
        assertThat(environment.owner().api().get(PRINCIPALS + "/" + principal.uri()).expect(200).json()
                .path("token").isNull()).isTrue();
    }

    @Test
    void onlyTheOwnerTeamAndAdminsManageAPrincipal() {
        Environment environment = newEnvironment();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToEnvironment(environment.owner().api(), environment.uri(), guestTeam, ALL_PERMISSIONS.toArray(String[]::new));
        Principal principal = create(environment.owner().api(), environment, environment.team());
        String resource = "consumption principal " + principal.uri();

        assertThat(guest.api().get(PRINCIPALS + "/" + principal.uri()).expect(200).text("name"))
                .as("members of the environment see its consumption principals").isEqualTo(principal.name());
        assertThat(guest.api().post(PRINCIPALS + "/" + principal.uri() + "/rotate-token", null).problem(403))
                .isEqualTo("User: %s is not authorized to perform: ROTATE_CONSUMPTION_PRINCIPAL_TOKEN on %s",
                        guest.username(), resource);
        assertThat(guest.api().delete(PRINCIPALS + "/" + principal.uri()).problem(403))
                .isEqualTo("User: %s is not authorized to perform: DELETE_CONSUMPTION_PRINCIPAL on %s", guest.username(), resource);
        TestUser stranger = user(team());
        assertThat(stranger.api().get(PRINCIPALS + "/" + principal.uri()).problem(403))
                .isEqualTo("User: %s is not authorized to perform: GET_CONSUMPTION_PRINCIPAL on %s", stranger.username(), resource);
        assertRefused(stranger.api().get(principals(environment)), "LIST_CONSUMPTION_PRINCIPALS", stranger.username(),
                environment.uri());
        assertThat(withToken(principal.token()).get("/api/v1/me").expect(200).text("kind"))
                .as("refused attempts leave the token working").isEqualTo("CONSUMPTION_PRINCIPAL");

        String adminsToken = admin().post(PRINCIPALS + "/" + principal.uri() + "/rotate-token", null).expect(200).text("token");
        assertThat(withToken(principal.token()).get("/api/v1/me").problem(401))
                .isEqualTo("The bearer token is not valid or has expired");
        admin().delete(PRINCIPALS + "/" + principal.uri()).expect(204);

        assertThat(withToken(adminsToken).get("/api/v1/me").problem(401))
                .isEqualTo("The bearer token is not valid or has expired");
        assertThat(environment.owner().api().get(PRINCIPALS + "/" + principal.uri()).problem(404))
                .isEqualTo("Consumption principal '%s' does not exist", principal.uri());
        assertThat(environment.owner().api().get(principals(environment)).expect(200).json().isEmpty()).isTrue();
    }

    @Test
    void ownerTeamDeletesAPrincipalAndItsTokenStopsWorking() {
        Environment environment = newEnvironment();
        Principal principal = create(environment.owner().api(), environment, environment.team());

        environment.owner().api().delete(PRINCIPALS + "/" + principal.uri()).expect(204);

        assertThat(withToken(principal.token()).get("/api/v1/organizations").problem(401))
                .isEqualTo("The bearer token is not valid or has expired");
        assertThat(environment.owner().api().delete(PRINCIPALS + "/" + principal.uri()).problem(404))
                .isEqualTo("Consumption principal '%s' does not exist", principal.uri());
    }

    @Test
    void invitedTeamNeedsManageConsumptionPrincipals() {
        Environment environment = newEnvironment();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToEnvironment(environment.owner().api(), environment.uri(), guestTeam, "CREATE_DATASET");

        assertRefused(guest.api().post(principals(environment), Map.of("name", unique("job"), "team", guestTeam)),
                "MANAGE_CONSUMPTION_PRINCIPALS", guest.username(), environment.uri());
        assertThat(guest.api().post(principals(environment), Map.of("name", unique("job"), "team", environment.team()))
                .problem(403)).isEqualTo("User: %s is not authorized to perform: MANAGE_CONSUMPTION_PRINCIPALS on environment "
                        + "%s as team %s, which they do not belong to", guest.username(), environment.uri(), environment.team());
        String outsiderTeam = team();
        TestUser outsider = user(outsiderTeam);
        assertRefused(outsider.api().post(principals(environment), Map.of("name", unique("job"), "team", outsiderTeam)),
                "MANAGE_CONSUMPTION_PRINCIPALS", outsider.username(), environment.uri());
        assertThat(environment.owner().api().get(principals(environment)).expect(200).json().isEmpty()).isTrue();

        environment.owner().api().put(path(environment.uri()) + "/teams/" + guestTeam,
                Map.of("permissions", Set.of("MANAGE_CONSUMPTION_PRINCIPALS"))).expect(200);
        Principal principal = create(guest.api(), environment, guestTeam);

        assertThat(environment.owner().api().get(PRINCIPALS + "/" + principal.uri()).expect(200).text("ownerTeam"))
                .isEqualTo(guestTeam);
        assertThat(environment.owner().api().post(PRINCIPALS + "/" + principal.uri() + "/rotate-token", null).problem(403))
                .as("the environment's owner team does not own this principal")
                .isEqualTo("User: %s is not authorized to perform: ROTATE_CONSUMPTION_PRINCIPAL_TOKEN on consumption principal %s",
                        environment.owner().username(), principal.uri());
    }

    @Test
    void namesAreUniqueInAnEnvironmentWithoutRegardToCase() {
        Environment environment = newEnvironment();
        Principal principal = create(environment.owner().api(), environment, environment.team());

        Response duplicate = environment.owner().api().post(principals(environment),
                Map.of("name", principal.name().toUpperCase(), "team", environment.team()));

        assertThat(duplicate.problem(400)).isEqualTo("Environment %s already has a consumption principal named '%s'",
                environment.uri(), principal.name().toUpperCase());
        assertThat(duplicate.text("field")).isEqualTo("name");
        Response blank = environment.owner().api().post(principals(environment), Map.of("name", " ", "team", environment.team()));
        assertThat(blank.problem(400)).isEqualTo("name: must not be blank");
        assertThat(blank.text("field")).isEqualTo("name");
        assertThat(names(environment.owner().api().get(principals(environment)).expect(200).json(), "uri"))
                .containsExactly(principal.uri());
    }

    @Test
    void consumptionPrincipalIsRefusedEveryChangeAndListsNothing() {
        Environment environment = newEnvironment();
        Principal principal = create(environment.owner().api(), environment, environment.team());
        Caller caller = withToken(principal.token());
        String organization = environment.organization().uri();
        String env = path(environment.uri());
        String own = PRINCIPALS + "/" + principal.uri();

        JsonNode organizations = caller.get("/api/v1/organizations").expect(200).json();
        assertThat(organizations.path("items").isEmpty()).isTrue();
        assertThat(organizations.path("total").asInt()).isZero();
        JsonNode environments = caller.get(ENVIRONMENTS).expect(200).json();
        assertThat(environments.path("items").isEmpty()).isTrue();
        assertThat(environments.path("total").asInt()).isZero();

        List<Response> changes = List.of(
                caller.post("/api/v1/organizations", Map.of("name", unique("Org"), "team", environment.team())),
                caller.patch("/api/v1/organizations/" + organization, Map.of("description", "x")),
                caller.delete("/api/v1/organizations/" + organization),
                caller.post("/api/v1/organizations/" + organization + "/teams",
                        Map.of("team", team(), "permissions", Set.of("LINK_ENVIRONMENT"))),
                caller.delete("/api/v1/organizations/%s/teams/%s".formatted(organization, environment.team())),
                caller.post(ENVIRONMENTS, linkRequest(organization, environment.team(), Map.of())),
                caller.patch(env, Map.of("description", "x")),
                caller.delete(env),
                caller.post(env + "/stack/update", null),
                caller.post(env + "/teams", Map.of("team", team(), "permissions", Set.of("CREATE_DATASET"))),
                caller.put(env + "/kv-tags", Map.of("tags", Map.of("k", "v"))),
                caller.post(env + "/consumption-principals", Map.of("name", unique("job"), "team", environment.team())),
                caller.post(own + "/rotate-token", null),
                caller.delete(own),
                caller.post("/api/v1/admin/teams", Map.of("name", unique("Team"))));

        assertThat(changes).allSatisfy(answer ->
                assertThat(answer.problem(403)).startsWith("Consumption principal: " + principal.name() + " is not authorized"));
        assertThat(caller.get("/api/v1/me").expect(200).text("kind")).as("the principal still exists")
                .isEqualTo("CONSUMPTION_PRINCIPAL");
        JsonNode unchanged = environment.owner().api().get(env).expect(200).json();
        assertThat(unchanged.path("description").asString()).isEqualTo("for tests");
        assertThat(environment.owner().api().get(env + "/kv-tags").expect(200).json().isEmpty()).isTrue();
        assertThat(names(environment.owner().api().get(env + "/teams").expect(200).json(), "team"))
                .containsExactly(environment.team());
    }

    private record Principal(String uri, String name, String token) {
    }

    private static Principal create(Caller creator, Environment environment, String team) {
        String name = unique("etl-job");
        Response created = creator.post(principals(environment), Map.of("name", name, "team", team)).expect(201);
        return new Principal(created.text("uri"), name, created.text("token"));
    }

    private static String principals(Environment environment) {
        return path(environment.uri()) + "/consumption-principals";
    }
}
