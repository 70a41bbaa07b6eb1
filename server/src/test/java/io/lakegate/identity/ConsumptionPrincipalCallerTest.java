package io.lakegate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** A consumption principal calling with its API token: who it is, and what the identity and admin API refuse it. */
class ConsumptionPrincipalCallerTest extends ApiTest {

    /** A consumption principal of {@code team}, in a new environment, with the token it calls with. */
    record ConsumptionPrincipal(String uri, String name, String team, String environment, Caller api) {
    }

    @Test
    void tokenHasTheConsumptionPrincipalPrefix() {
        assertThat(consumptionPrincipal().api().token()).startsWith("lgcp_");
    }

    @Test
    void profileShowsAConsumptionPrincipalOfItsTeamWithoutTeamsOrPermissions() {
        ConsumptionPrincipal principal = consumptionPrincipal();

        JsonNode me = principal.api().get("/api/v1/me").expect(200).json();

        assertThat(me.path("kind").asString()).isEqualTo("CONSUMPTION_PRINCIPAL");
        assertThat(me.path("username").asString()).isEqualTo(principal.name());
        assertThat(me.path("ownerTeam").asString()).isEqualTo(principal.team());
        assertThat(me.path("environment").asString()).isEqualTo(principal.environment());
        assertThat(me.path("admin").asBoolean()).isFalse();
        assertThat(me.path("teams")).isEmpty();
        assertThat(me.path("tenantPermissions")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            GET,  /api/v1/admin/users,       LIST_USERS
            GET,  /api/v1/admin/teams,       LIST_TEAMS
            POST, /api/v1/admin/teams,       CREATE_TEAM
            GET,  /api/v1/admin/audit,       READ_AUDIT_LOG
            GET,  /api/v1/admin/tasks,       LIST_TASKS
            GET,  /api/v1/admin/maintenance, GET_MAINTENANCE
            """)
    void adminEndpointsAreForbidden(String method, String path, String action) {
        ConsumptionPrincipal principal = consumptionPrincipal();
        String body = method.equals("POST") ? "{\"name\": \"%s\"}".formatted(unique("Team")) : null;

        String detail = principal.api().send(path, method, body, body == null ? null : "application/json").problem(403);

        assertThat(detail).isEqualTo("Consumption principal: %s is not authorized to perform: %s on lakegate",
                principal.name(), action);
    }

    @Test
    void creatingAnOrganizationForItsOwnerTeamIsForbidden() {
        ConsumptionPrincipal principal = consumptionPrincipal();

        String detail = principal.api().post("/api/v1/organizations", Map.of("name", unique("Org"), "team", principal.team()))
                .problem(403);

        assertThat(detail).isEqualTo("Consumption principal: %s is not authorized to perform: MANAGE_ORGANIZATIONS on "
                + "lakegate as team %s, which they do not belong to", principal.name(), principal.team());
    }

    @Test
    void hasNoPasswordToChange() {
        ConsumptionPrincipal principal = consumptionPrincipal();

        String detail = principal.api().put("/api/v1/me/password",
                Map.of("currentPassword", "anything", "newPassword", "something-new")).problem(403);

        assertThat(detail).isEqualTo("Consumption principal: %s has no local password to change", principal.name());
    }

    @Test
    void tokenOfADeletedConsumptionPrincipalIsUnauthorized() {
        TestUser owner = user(team());
        ConsumptionPrincipal principal = consumptionPrincipal(owner);

        owner.api().delete("/api/v1/consumption-principals/" + principal.uri()).expect(204);

        assertThat(principal.api().get("/api/v1/me").problem(401)).isEqualTo("The bearer token is not valid or has expired");
    }

    @Test
    void unknownTokenWithTheConsumptionPrincipalPrefixIsUnauthorized() {
        assertThat(withToken("lgcp_" + "x".repeat(40)).get("/api/v1/me").problem(401))
                .isEqualTo("The bearer token is not valid or has expired");
    }

    private ConsumptionPrincipal consumptionPrincipal() {
        return consumptionPrincipal(user(team()));
    }

    /** Creates an organization and environment of the owner's team, and a consumption principal in it. */
    private ConsumptionPrincipal consumptionPrincipal(TestUser owner) {
        String team = owner.teams().getFirst();
        String environment = environment(owner.api(), organization(owner.api(), team), team);
        String name = unique("cp");
        JsonNode created = owner.api().post("/api/v1/environments/" + environment + "/consumption-principals",
                Map.of("name", name, "team", team)).expect(201).json();
        return new ConsumptionPrincipal(created.path("uri").asString(), name, team, environment,
                withToken(created.path("token").asString()));
    }
}
