package io.lakegate.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The teams of an organization and their permissions (guide 3.2.2, "Necessary permissions"). */
class OrganizationTeamsTest extends ApiTest {

    private static final Set<String> ALL_PERMISSIONS = Set.of("LINK_ENVIRONMENT", "INVITE_ORGANIZATION_TEAM",
            "REMOVE_ORGANIZATION_TEAM");

    @Test
    void adminTeamIsListedFirstWithEveryPermission() {
        Organization organization = newOrganization();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToOrganization(organization.admin().api(), organization.uri(), guestTeam, "LINK_ENVIRONMENT");

        for (Caller member : List.of(organization.admin().api(), guest.api())) {
            JsonNode teams = member.get(teams(organization)).expect(200).json();
            assertThat(teamNames(teams)).containsExactly(organization.team(), guestTeam);
            assertThat(teams.path(0).path("admin").asBoolean()).isTrue();
            assertThat(strings(teams.path(0).path("permissions"))).containsExactlyInAnyOrderElementsOf(ALL_PERMISSIONS);
            assertThat(teams.path(1).path("admin").asBoolean()).isFalse();
            assertThat(strings(teams.path(1).path("permissions"))).containsExactly("LINK_ENVIRONMENT");
            assertThat(teams.path(1).path("invitedBy").asString()).isEqualTo(organization.admin().username());
        }
        TestUser stranger = user(team());
        assertThat(stranger.api().get(teams(organization)).problem(403))
                .isEqualTo("User: %s is not authorized to perform: LIST_ORGANIZATION_TEAMS on organization %s",
                        stranger.username(), organization.uri());
    }

    @Test
    void adminTeamInvitesTeamsWithPermissions() {
        Organization organization = newOrganization();
        String guestTeam = team();

        Response invited = organization.admin().api().post(teams(organization),
                Map.of("team", guestTeam, "permissions", ALL_PERMISSIONS)).expect(201);

        assertThat(invited.headers().firstValue("location"))
                .hasValue("/api/v1/organizations/%s/teams/%s".formatted(organization.uri(), guestTeam));
        assertThat(invited.text("team")).isEqualTo(guestTeam);
        assertThat(invited.json().path("admin").asBoolean()).isFalse();
        assertThat(strings(invited.json().path("permissions"))).containsExactlyInAnyOrderElementsOf(ALL_PERMISSIONS);
        assertThat(invited.text("invitedAt")).isNotEmpty();
        TestUser guest = user(guestTeam);
        assertThat(guest.api().get("/api/v1/organizations").expect(200).json().path("items").path(0).path("uri").asString())
                .isEqualTo(organization.uri());
    }

    @Test
    void invitingTakesInviteOrganizationTeam() {
        Organization organization = newOrganization();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToOrganization(organization.admin().api(), organization.uri(), guestTeam, "LINK_ENVIRONMENT");
        String thirdTeam = team();

        assertThat(guest.api().post(teams(organization), Map.of("team", thirdTeam, "permissions", Set.of())).problem(403))
                .isEqualTo("User: %s is not authorized to perform: INVITE_ORGANIZATION_TEAM on organization %s",
                        guest.username(), organization.uri());
        assertThat(guest.api().put(teams(organization) + "/" + guestTeam, Map.of("permissions", ALL_PERMISSIONS)).problem(403))
                .as("a team cannot raise its own permissions")
                .isEqualTo("User: %s is not authorized to perform: INVITE_ORGANIZATION_TEAM on organization %s",
                        guest.username(), organization.uri());

        organization.admin().api().put(teams(organization) + "/" + guestTeam,
                Map.of("permissions", Set.of("INVITE_ORGANIZATION_TEAM"))).expect(200);
        guest.api().post(teams(organization), Map.of("team", thirdTeam, "permissions", Set.of("LINK_ENVIRONMENT")))
                .expect(201);

        assertThat(teamNames(organization.admin().api().get(teams(organization)).expect(200).json()))
                .containsExactlyInAnyOrder(organization.team(), guestTeam, thirdTeam);
        assertThat(user(thirdTeam).api().get("/api/v1/organizations/" + organization.uri()).expect(200).text("userRole"))
                .isEqualTo("INVITED");
    }

    @Test
    void invitingRefusesUnknownTeamsAndTeamsAlreadyThere() {
        Organization organization = newOrganization();
        Caller admin = organization.admin().api();
        String guestTeam = team();
        inviteToOrganization(admin, organization.uri(), guestTeam, "LINK_ENVIRONMENT");

        Response unknown = admin.post(teams(organization), Map.of("team", "NoSuchTeam" + guestTeam, "permissions", Set.of()));
        assertThat(unknown.problem(400)).isEqualTo("There is no team named 'NoSuchTeam%s'", guestTeam);
        assertThat(unknown.text("field")).isEqualTo("team");
        for (String already : List.of(guestTeam, organization.team())) {
            Response again = admin.post(teams(organization), Map.of("team", already, "permissions", ALL_PERMISSIONS));
            assertThat(again.problem(400)).isEqualTo("Team '%s' is already a team of organization %s", already,
                    organization.uri());
            assertThat(again.text("field")).isEqualTo("team");
        }
        Response noPermissions = admin.post(teams(organization), Map.of("team", team()));
        assertThat(noPermissions.problem(400)).isEqualTo("permissions: must not be null");
        assertThat(noPermissions.text("field")).isEqualTo("permissions");

        JsonNode teams = admin.get(teams(organization)).expect(200).json();
        assertThat(teamNames(teams)).containsExactly(organization.team(), guestTeam);
        assertThat(strings(teams.path(1).path("permissions"))).containsExactly("LINK_ENVIRONMENT");
    }

    @Test
    void adminTeamChangesPermissionsOfInvitedTeams() {
        Organization organization = newOrganization();
        Caller admin = organization.admin().api();
        String guestTeam = team();
        inviteToOrganization(admin, organization.uri(), guestTeam, "LINK_ENVIRONMENT");

        JsonNode changed = admin.put(teams(organization) + "/" + guestTeam,
                Map.of("permissions", Set.of("INVITE_ORGANIZATION_TEAM", "REMOVE_ORGANIZATION_TEAM"))).expect(200).json();

        assertThat(changed.path("team").asString()).isEqualTo(guestTeam);
        assertThat(strings(changed.path("permissions")))
                .containsExactlyInAnyOrder("INVITE_ORGANIZATION_TEAM", "REMOVE_ORGANIZATION_TEAM");
        assertThat(strings(admin.get(teams(organization)).expect(200).json().path(1).path("permissions")))
                .containsExactlyInAnyOrder("INVITE_ORGANIZATION_TEAM", "REMOVE_ORGANIZATION_TEAM");
        Response adminTeam = admin.put(teams(organization) + "/" + organization.team(), Map.of("permissions", Set.of()));
        assertThat(adminTeam.problem(400)).isEqualTo("The admin team of an organization always holds every permission");
        assertThat(adminTeam.text("field")).isEqualTo("team");
        String outsider = team();
        assertThat(admin.put(teams(organization) + "/" + outsider, Map.of("permissions", Set.of())).problem(404))
                .isEqualTo("Team of organization %s '%s' does not exist", organization.uri(), outsider);
    }

    @Test
    void removingTeamsTakesRemoveOrganizationTeamAndNeverTheAdminTeam() {
        Organization organization = newOrganization();
        Caller admin = organization.admin().api();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        String thirdTeam = team();
        TestUser third = user(thirdTeam);
        inviteToOrganization(admin, organization.uri(), guestTeam, "LINK_ENVIRONMENT", "INVITE_ORGANIZATION_TEAM");
        inviteToOrganization(admin, organization.uri(), thirdTeam, "LINK_ENVIRONMENT");

        assertThat(guest.api().delete(teams(organization) + "/" + thirdTeam).problem(403))
                .isEqualTo("User: %s is not authorized to perform: REMOVE_ORGANIZATION_TEAM on organization %s",
                        guest.username(), organization.uri());
        assertThat(admin.delete(teams(organization) + "/" + organization.team()).problem(409))
                .isEqualTo("Team '%s' is the admin team of organization %s and cannot be removed", organization.team(),
                        organization.uri());
        admin.put(teams(organization) + "/" + guestTeam, Map.of("permissions", Set.of("REMOVE_ORGANIZATION_TEAM")))
                .expect(200);
        assertThat(guest.api().delete(teams(organization) + "/" + organization.team()).problem(409))
                .isEqualTo("Team '%s' is the admin team of organization %s and cannot be removed", organization.team(),
                        organization.uri());

        guest.api().delete(teams(organization) + "/" + thirdTeam).expect(204);

        assertThat(teamNames(admin.get(teams(organization)).expect(200).json()))
                .containsExactly(organization.team(), guestTeam);
        assertThat(third.api().get("/api/v1/organizations/" + organization.uri()).problem(403))
                .isEqualTo("User: %s is not authorized to perform: GET_ORGANIZATION on organization %s",
                        third.username(), organization.uri());
        assertThat(third.api().get("/api/v1/organizations").expect(200).json().path("total").asInt()).isZero();
        assertThat(admin.delete(teams(organization) + "/" + thirdTeam).problem(404))
                .isEqualTo("Team of organization %s '%s' does not exist", organization.uri(), thirdTeam);
    }

    @Test
    void teamOwningEnvironmentsStaysUntilTheyAreDeleted() {
        Organization organization = newOrganization();
        Caller admin = organization.admin().api();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToOrganization(admin, organization.uri(), guestTeam, "LINK_ENVIRONMENT");
        String environment = environment(guest.api(), organization.uri(), guestTeam);
        String environmentName = guest.api().get("/api/v1/environments/" + environment).expect(200).text("name");

        assertThat(admin.delete(teams(organization) + "/" + guestTeam).problem(409))
                .isEqualTo("Team '%s' owns environments in organization %s (%s): delete them before removing the team",
                        guestTeam, organization.uri(), environmentName);
        assertThat(teamNames(admin.get(teams(organization)).expect(200).json())).contains(guestTeam);

        guest.api().delete("/api/v1/environments/" + environment).expect(204);
        admin.delete(teams(organization) + "/" + guestTeam).expect(204);

        assertThat(teamNames(admin.get(teams(organization)).expect(200).json())).containsExactly(organization.team());
    }

    private record Organization(String team, TestUser admin, String uri) {
    }

    private Organization newOrganization() {
        String team = team();
        TestUser admin = user(team);
        return new Organization(team, admin, organization(admin.api(), team));
    }

    private static String teams(Organization organization) {
        return "/api/v1/organizations/" + organization.uri() + "/teams";
    }

    private static List<String> teamNames(JsonNode teams) {
        return teams.valueStream().map(team -> team.path("team").asString()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
