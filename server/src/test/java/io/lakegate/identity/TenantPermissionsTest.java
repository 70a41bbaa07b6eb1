package io.lakegate.identity;

import static io.lakegate.test.Problems.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What each team may do across the installation, granted by the admin team (guide 3.1.1). */
class TenantPermissionsTest extends ApiTest {

    /** The nine tenant permissions of guide 3.1.1; a new team holds them all. */
    static final List<String> ALL = List.of("MANAGE_ORGANIZATIONS", "MANAGE_ENVIRONMENTS", "MANAGE_DATASETS",
            "MANAGE_SHARES", "MANAGE_WORKSHEETS", "MANAGE_GLOSSARIES", "MANAGE_DASHBOARDS", "MANAGE_PIPELINES",
            "MANAGE_NOTEBOOKS");
    private static final List<String> ALL_BUT_ORGANIZATIONS = ALL.stream()
            .filter(permission -> !permission.equals("MANAGE_ORGANIZATIONS")).toList();

    @Test
    void newTeamHoldsEveryPermission() {
        String team = team();

        JsonNode permissions = admin().get(path(team)).expect(200).json();

        assertThat(permissions.path("team").asString()).isEqualTo(team);
        assertThat(permissions.path("adminTeam").asBoolean()).isFalse();
        assertThat(permissions.path("permissions")).extracting(JsonNode::asString).containsExactlyInAnyOrderElementsOf(ALL);
    }

    @Test
    void adminTeamHoldsEveryPermission() {
        JsonNode permissions = admin().get(path("admins")).expect(200).json();

        assertThat(permissions.path("adminTeam").asBoolean()).isTrue();
        assertThat(permissions.path("permissions")).extracting(JsonNode::asString).containsExactlyInAnyOrderElementsOf(ALL);
    }

    @Test
    void teamWithoutManageOrganizationsCannotCreateOrganizationsUntilItIsRestored() {
        String team = team();
        TestUser member = user(team);

        JsonNode reduced = replace(team, ALL_BUT_ORGANIZATIONS).expect(200).json();
        assertThat(reduced.path("permissions")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrderElementsOf(ALL_BUT_ORGANIZATIONS);
        assertThat(admin().get(path(team)).expect(200).json().path("permissions")).extracting(JsonNode::asString)
                .doesNotContain("MANAGE_ORGANIZATIONS");
        assertThat(createOrganization(member.api(), team).problem(403))
                .isEqualTo("User: %s is not authorized to perform: MANAGE_ORGANIZATIONS on lakegate", member.username());
        assertThat(member.api().get("/api/v1/me").expect(200).json().path("tenantPermissions"))
                .extracting(JsonNode::asString).doesNotContain("MANAGE_ORGANIZATIONS");

        replace(team, ALL).expect(200);
        createOrganization(member.api(), team).expect(201);
    }

    @Test
    void removingAPermissionFromOneTeamLeavesOtherTeamsAlone() {
        String reducedTeam = team();
        String otherTeam = team();
        TestUser member = user(reducedTeam, otherTeam);

        replace(reducedTeam, List.of()).expect(200);

        assertThat(admin().get(path(reducedTeam)).expect(200).json().path("permissions")).isEmpty();
        createOrganization(member.api(), reducedTeam).problem(403);
        createOrganization(member.api(), otherTeam).expect(201);
    }

    @Test
    void adminTeamPermissionsCannotBeChanged() {
        Response answer = replace("admins", List.of("MANAGE_DATASETS"));

        assertThat(badRequest(answer, "team")).isEqualTo("The admin team 'admins' always holds every tenant permission");
        assertThat(admin().get(path("admins")).expect(200).json().path("permissions")).hasSize(ALL.size());
    }

    @Test
    void unknownTeamIsNotFound() {
        String missing = unique("NoSuchTeam");

        assertThat(admin().get(path(missing)).problem(404)).isEqualTo("Team '%s' does not exist", missing);
        assertThat(replace(missing, ALL).problem(404)).isEqualTo("Team '%s' does not exist", missing);
    }

    @Test
    void unknownPermissionIsABadRequestAndChangesNothing() {
        String team = team();

        Response answer = admin().put(path(team), Map.of("permissions", List.of("MANAGE_DATASETS", "MANAGE_EVERYTHING")));

        assertThat(answer.problem(400)).contains("MANAGE_EVERYTHING");
        assertThat(answer.text("field")).startsWith("permissions");
        assertThat(admin().get(path(team)).expect(200).json().path("permissions")).hasSize(ALL.size());
    }

    @Test
    void missingPermissionListIsABadRequest() {
        String team = team();

        assertThat(badRequest(admin().put(path(team), Map.of()), "permissions")).isEqualTo("permissions: must not be null");
        assertThat(admin().get(path(team)).expect(200).json().path("permissions")).hasSize(ALL.size());
    }

    @Test
    void nonAdminCannotReadOrChangePermissions() {
        String team = team();
        TestUser member = user(team);

        assertThat(member.api().get(path(team)).problem(403))
                .isEqualTo("User: %s is not authorized to perform: GET_TENANT_PERMISSIONS on lakegate", member.username());
        assertThat(member.api().put(path(team), Map.of("permissions", List.of())).problem(403))
                .isEqualTo("User: %s is not authorized to perform: MANAGE_TENANT_PERMISSIONS on lakegate", member.username());
        assertThat(admin().get(path(team)).expect(200).json().path("permissions")).hasSize(ALL.size());
    }

    private Response replace(String team, List<String> permissions) {
        return admin().put(path(team), Map.of("permissions", permissions));
    }

    private Response createOrganization(Caller caller, String team) {
        return caller.post("/api/v1/organizations", Map.of("name", unique("Org"), "team", team));
    }

    private static String path(String team) {
        return "/api/v1/admin/teams/" + team + "/permissions";
    }
}
