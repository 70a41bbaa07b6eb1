package io.lakegate.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The teams of an environment and their permissions (guide 3.2.4, "Manage Teams"). */
class EnvironmentTeamsTest extends EnvironmentTestSupport {

    @Test
    void ownerInvitesTeamsWithPermissionSets() {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        String guestTeam = team();

        Response invited = owner.post(teams(environment), Map.of("team", guestTeam,
                "permissions", Set.of("CREATE_DATASET", "CREATE_SHARE", "RUN_WORKSHEETS"))).expect(201);

        assertThat(invited.headers().firstValue("location"))
                .hasValue("/api/v1/environments/%s/teams/%s".formatted(environment.uri(), guestTeam));
        assertThat(invited.text("team")).isEqualTo(guestTeam);
        assertThat(invited.json().path("admin").asBoolean()).isFalse();
        assertThat(strings(invited.json().path("permissions")))
                .containsExactlyInAnyOrder("CREATE_DATASET", "CREATE_SHARE", "RUN_WORKSHEETS");
        assertThat(invited.text("invitedBy")).isEqualTo(environment.owner().username());

        TestUser guest = user(guestTeam);
        for (Caller member : new Caller[] {owner, guest.api()}) {
            JsonNode listed = member.get(teams(environment)).expect(200).json();
            assertThat(names(listed, "team")).containsExactly(environment.team(), guestTeam);
            assertThat(listed.path(0).path("admin").asBoolean()).isTrue();
            assertThat(strings(listed.path(0).path("permissions"))).containsExactlyInAnyOrderElementsOf(ALL_PERMISSIONS);
            assertThat(listed.path(1).path("admin").asBoolean()).isFalse();
        }
        assertThat(names(guest.api().get(ENVIRONMENTS).expect(200).json().path("items"), "uri"))
                .containsExactly(environment.uri());
        TestUser stranger = user(team());
        assertRefused(stranger.api().get(teams(environment)), "LIST_ENVIRONMENT_TEAMS", stranger.username(), environment.uri());
    }

    @Test
    void invitedTeamWithInviteTeamInvitesOthersButGrantsOnlyWhatItHolds() {
        Environment environment = newEnvironment();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToEnvironment(environment.owner().api(), environment.uri(), guestTeam, "INVITE_TEAM", "CREATE_DATASET");
        String thirdTeam = team();
        TestUser third = user(thirdTeam);

        guest.api().post(teams(environment), Map.of("team", thirdTeam, "permissions", Set.of("CREATE_DATASET")))
                .expect(201);
        assertThat(third.api().get(path(environment.uri())).expect(200).text("userRole")).isEqualTo("INVITED");

        String fourthTeam = team();
        assertThat(guest.api().post(teams(environment), Map.of("team", fourthTeam,
                "permissions", Set.of("CREATE_DATASET", "RUN_WORKSHEETS"))).problem(403))
                .isEqualTo("User: %s cannot grant permissions that team %s does not hold in environment %s: [RUN_WORKSHEETS]",
                        guest.username(), guestTeam, environment.uri());
        assertRefused(third.api().post(teams(environment), Map.of("team", fourthTeam, "permissions", Set.of())),
                "INVITE_TEAM", third.username(), environment.uri());
        assertThat(names(environment.owner().api().get(teams(environment)).expect(200).json(), "team"))
                .containsExactlyInAnyOrder(environment.team(), guestTeam, thirdTeam);
    }

    @Test
    void invitingRefusesUnknownTeamsAndTeamsAlreadyThere() {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        String guestTeam = team();
        inviteToEnvironment(owner, environment.uri(), guestTeam, "CREATE_DATASET");

        Response unknown = owner.post(teams(environment), Map.of("team", "NoSuchTeam" + guestTeam, "permissions", Set.of()));
        assertThat(unknown.problem(400)).isEqualTo("There is no team named 'NoSuchTeam%s'", guestTeam);
        assertThat(unknown.text("field")).isEqualTo("team");
        for (String already : new String[] {guestTeam, environment.team()}) {
            Response again = owner.post(teams(environment), Map.of("team", already, "permissions", Set.of("CREATE_SHARE")));
            assertThat(again.problem(400)).isEqualTo("Team '%s' is already a team of environment %s", already, environment.uri());
            assertThat(again.text("field")).isEqualTo("team");
        }
        Response badPermission = owner.post(teams(environment), Map.of("team", team(), "permissions", Set.of("FLY")));
        assertThat(badPermission.problem(400)).startsWith("Invalid value for 'permissions[0]'");
        assertThat(badPermission.text("field")).isEqualTo("permissions[0]");

        JsonNode listed = owner.get(teams(environment)).expect(200).json();
        assertThat(names(listed, "team")).containsExactly(environment.team(), guestTeam);
        assertThat(strings(listed.path(1).path("permissions"))).containsExactly("CREATE_DATASET");
    }

    @Test
    void ownerChangesPermissionsOfAnInvitedTeam() {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToEnvironment(owner, environment.uri(), guestTeam, "CREATE_DATASET", "INVITE_TEAM");

        JsonNode changed = owner.put(teams(environment) + "/" + guestTeam,
                Map.of("permissions", Set.of("RUN_WORKSHEETS", "CREATE_SHARE"))).expect(200).json();

        assertThat(strings(changed.path("permissions"))).containsExactlyInAnyOrder("RUN_WORKSHEETS", "CREATE_SHARE");
        assertThat(strings(guest.api().get(path(environment.uri())).expect(200).json().path("userPermissions")))
                .containsExactlyInAnyOrder("RUN_WORKSHEETS", "CREATE_SHARE");
        assertRefused(guest.api().put(teams(environment) + "/" + guestTeam, Map.of("permissions", ALL_PERMISSIONS)),
                "UPDATE_ENVIRONMENT_TEAM", guest.username(), environment.uri());
        Response ownerTeam = owner.put(teams(environment) + "/" + environment.team(), Map.of("permissions", Set.of()));
        assertThat(ownerTeam.problem(400)).isEqualTo("The admin team of an environment always holds every permission");
        assertThat(ownerTeam.text("field")).isEqualTo("team");
        String outsider = team();
        assertThat(owner.put(teams(environment) + "/" + outsider, Map.of("permissions", Set.of())).problem(404))
                .isEqualTo("Team of environment %s '%s' does not exist", environment.uri(), outsider);

        owner.patch(path(environment.uri()), Map.of("features", Map.of("worksheets", false))).expect(200);
        assertThat(strings(guest.api().get(path(environment.uri())).expect(200).json().path("userPermissions")))
                .as("a switched-off feature's permission is dormant").containsExactly("CREATE_SHARE");
    }

    @Test
    void ownerRemovesInvitedTeamsButNeverItself() {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToEnvironment(owner, environment.uri(), guestTeam, ALL_PERMISSIONS.toArray(String[]::new));

        assertThat(owner.delete(teams(environment) + "/" + environment.team()).problem(409))
                .isEqualTo("Team '%s' is the admin team of environment %s and cannot be removed", environment.team(),
                        environment.uri());
        assertRefused(guest.api().delete(teams(environment) + "/" + guestTeam), "REMOVE_ENVIRONMENT_TEAM",
                guest.username(), environment.uri());
        String outsider = team();
        assertThat(owner.delete(teams(environment) + "/" + outsider).problem(404))
                .isEqualTo("Team of environment %s '%s' does not exist", environment.uri(), outsider);

        owner.delete(teams(environment) + "/" + guestTeam).expect(204);

        assertThat(names(owner.get(teams(environment)).expect(200).json(), "team")).containsExactly(environment.team());
        assertRefused(guest.api().get(path(environment.uri())), "GET_ENVIRONMENT", guest.username(), environment.uri());
        assertThat(environmentNames(guest.api(), "")).isEmpty();
    }

    @Test
    void teamOwningAConsumptionPrincipalCannotBeRemoved() {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToEnvironment(owner, environment.uri(), guestTeam, "MANAGE_CONSUMPTION_PRINCIPALS");
        String name = unique("etl-job");
        String principal = guest.api().post(path(environment.uri()) + "/consumption-principals",
                Map.of("name", name, "team", guestTeam)).expect(201).text("uri");

        assertThat(owner.delete(teams(environment) + "/" + guestTeam).problem(409))
                .isEqualTo("Team '%s' owns resources in environment %s (consumption principal %s): remove them before "
                        + "removing the team", guestTeam, environment.uri(), name);
        assertThat(names(owner.get(teams(environment)).expect(200).json(), "team")).contains(guestTeam);

        guest.api().delete("/api/v1/consumption-principals/" + principal).expect(204);
        owner.delete(teams(environment) + "/" + guestTeam).expect(204);
    }

    private static String teams(Environment environment) {
        return path(environment.uri()) + "/teams";
    }
}
