package io.lakegate.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Linking, listing, reading, editing and deleting environments (guide 3.2.2, 3.2.3), as each kind of caller sees it. */
class EnvironmentsTest extends EnvironmentTestSupport {

    @Test
    void organizationAdminTeamLinksEnvironmentAndOwnsIt() {
        Organization organization = newOrganization();
        String name = unique("Finance");

        Response created = organization.admin().api().post(ENVIRONMENTS, Map.of("organizationUri", organization.uri(),
                "name", name, "description", "Finance department teams", "region", "eu-west-1",
                "resourcePrefix", "fin", "team", organization.team(), "tags", List.of("finance", " test ", "finance"),
                "features", Map.of("worksheets", true, "dashboards", false, "pipelines", true, "notebooks", false)))
                .expect(201);

        String uri = created.text("uri");
        assertThat(uri).matches("[a-z0-9]{8}");
        assertThat(created.headers().firstValue("location")).hasValue("/api/v1/environments/" + uri);
        JsonNode environment = created.json();
        assertThat(environment.path("organizationUri").asString()).isEqualTo(organization.uri());
        assertThat(environment.path("name").asString()).isEqualTo(name);
        assertThat(environment.path("description").asString()).isEqualTo("Finance department teams");
        assertThat(environment.path("region").asString()).isEqualTo("eu-west-1");
        assertThat(environment.path("resourcePrefix").asString()).isEqualTo("fin");
        assertThat(environment.path("adminTeam").asString()).isEqualTo(organization.team());
        assertThat(strings(environment.path("tags"))).containsExactly("finance", "test");
        assertThat(environment.path("features").path("worksheets").asBoolean()).isTrue();
        assertThat(environment.path("features").path("dashboards").asBoolean()).isFalse();
        assertThat(environment.path("features").path("pipelines").asBoolean()).isTrue();
        assertThat(environment.path("features").path("notebooks").asBoolean()).isFalse();
        assertThat(Path.of(environment.path("storageRoot").asString())).isEqualTo(expectedStorageRoot("fin", uri));
        assertThat(environment.path("stackStatus").asString()).isEqualTo("PENDING");
        assertThat(environment.path("createdBy").asString()).isEqualTo(organization.admin().username());
        assertThat(environment.path("userRole").asString()).isEqualTo("OWNER");
        assertThat(strings(environment.path("userPermissions")))
                .as("the permissions of switched-off features are dormant")
                .containsExactlyInAnyOrder("CREATE_DATASET", "CREATE_SHARE", "RUN_WORKSHEETS", "CREATE_PIPELINE",
                        "INVITE_TEAM", "MANAGE_CONSUMPTION_PRINCIPALS");

        JsonNode read = organization.admin().api().get(path(uri)).expect(200).json();
        assertThat(read.path("name").asString()).isEqualTo(name);
        assertThat(read.path("userRole").asString()).isEqualTo("OWNER");
        assertThat(organization.admin().api().get("/api/v1/organizations/" + organization.uri()).expect(200)
                .json().path("environmentCount").asInt()).isEqualTo(1);
    }

    @Test
    void regionDefaultsToLocalAndEveryFeatureIsOnUnlessSwitchedOff() {
        Organization organization = newOrganization();

        JsonNode environment = organization.admin().api().post(ENVIRONMENTS, Map.of("organizationUri", organization.uri(),
                "name", unique("Env"), "resourcePrefix", "env", "team", organization.team())).expect(201).json();

        assertThat(environment.path("region").asString()).isEqualTo("local");
        assertThat(environment.path("tags").isEmpty()).isTrue();
        assertThat(environment.path("features").properties())
                .allSatisfy(feature -> assertThat(feature.getValue().asBoolean()).as(feature.getKey()).isTrue());
        assertThat(strings(environment.path("userPermissions"))).containsExactlyInAnyOrderElementsOf(ALL_PERMISSIONS);
    }

    @Test
    void invitedOrganizationTeamNeedsLinkEnvironmentToLinkEnvironments() {
        Organization organization = newOrganization();
        String team = team();
        TestUser member = user(team);
        inviteToOrganization(organization.admin().api(), organization.uri(), team, "INVITE_ORGANIZATION_TEAM");

        Response refused = member.api().post(ENVIRONMENTS, linkRequest(organization.uri(), team, Map.of()));
        assertThat(refused.problem(403)).isEqualTo("User: %s is not authorized to perform: LINK_ENVIRONMENT on organization %s",
                member.username(), organization.uri());
        assertThat(environmentNames(member.api(), "")).isEmpty();

        organization.admin().api().put("/api/v1/organizations/%s/teams/%s".formatted(organization.uri(), team),
                Map.of("permissions", Set.of("LINK_ENVIRONMENT"))).expect(200);
        JsonNode environment = member.api().post(ENVIRONMENTS, linkRequest(organization.uri(), team, Map.of()))
                .expect(201).json();

        assertThat(environment.path("adminTeam").asString()).isEqualTo(team);
        assertThat(environment.path("userRole").asString()).isEqualTo("OWNER");
        String uri = environment.path("uri").asString();
        assertThat(environmentNames(organization.admin().api(), "?organizationUri=" + organization.uri()))
                .as("the organization's admin team is not a team of an environment it did not link")
                .isEmpty();
        assertRefused(organization.admin().api().get(path(uri)), "GET_ENVIRONMENT", organization.admin().username(), uri);
    }

    @Test
    void linkingTeamMustBeTheCallersAndHoldManageEnvironments() {
        Organization organization = newOrganization();
        TestUser outsider = user(team());

        assertThat(outsider.api().post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(), Map.of()))
                .problem(403)).isEqualTo("User: %s is not authorized to perform: MANAGE_ENVIRONMENTS on lakegate as team %s, "
                        + "which they do not belong to", outsider.username(), organization.team());
        String outsiderTeam = outsider.teams().getFirst();
        assertThat(outsider.api().post(ENVIRONMENTS, linkRequest(organization.uri(), outsiderTeam, Map.of())).problem(403))
                .isEqualTo("User: %s is not authorized to perform: LINK_ENVIRONMENT on organization %s",
                        outsider.username(), organization.uri());

        admin().put("/api/v1/admin/teams/%s/permissions".formatted(organization.team()),
                Map.of("permissions", Set.of("MANAGE_ORGANIZATIONS", "MANAGE_DATASETS"))).expect(200);
        assertThat(organization.admin().api().post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(), Map.of()))
                .problem(403)).isEqualTo("User: %s is not authorized to perform: MANAGE_ENVIRONMENTS on lakegate",
                        organization.admin().username());

        assertThat(environmentNames(organization.admin().api(), "?organizationUri=" + organization.uri())).isEmpty();
    }

    @Test
    void listingShowsTheCallersRoleAndFiltersByOrganizationAndTerm() {
        Environment finance = newEnvironment();
        Organization organization = finance.organization();
        Caller owner = finance.owner().api();
        String marketingName = unique("Marketing");
        String marketing = owner.post(ENVIRONMENTS, linkRequest(organization.uri(), finance.team(),
                Map.of("name", marketingName, "description", "campaign analytics"))).expect(201).text("uri");
        Organization otherOrganization = new Organization(finance.team(), finance.owner(),
                organization(owner, finance.team()));
        String elsewhere = environment(owner, otherOrganization.uri(), finance.team());
        String financeName = owner.get(path(finance.uri())).expect(200).text("name");
        String elsewhereName = owner.get(path(elsewhere)).expect(200).text("name");
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToEnvironment(owner, marketing, guestTeam, "CREATE_DATASET");

        assertThat(environmentNames(owner, "")).containsExactlyInAnyOrder(financeName, marketingName, elsewhereName);
        assertThat(environmentNames(owner, "?organizationUri=" + organization.uri()))
                .containsExactlyInAnyOrder(financeName, marketingName);
        assertThat(environmentNames(owner, "?term=" + marketingName.toUpperCase())).containsExactly(marketingName);
        assertThat(environmentNames(owner, "?term=CAMPAIGN&organizationUri=" + organization.uri()))
                .as("the term also matches descriptions").containsExactly(marketingName);
        assertThat(environmentNames(owner, "?term=campaign&organizationUri=" + otherOrganization.uri())).isEmpty();

        JsonNode ownersPage = owner.get(ENVIRONMENTS + "?size=2").expect(200).json();
        assertThat(ownersPage.path("items").size()).isEqualTo(2);
        assertThat(ownersPage.path("total").asInt()).isEqualTo(3);
        assertThat(owner.get(ENVIRONMENTS + "?size=2&page=2").expect(200).json().path("items").size()).isEqualTo(1);
        assertThat(owner.get(ENVIRONMENTS).expect(200).json().path("items").valueStream()
                .map(item -> item.path("userRole").asString())).containsOnly("OWNER");

        JsonNode guestsView = guest.api().get(ENVIRONMENTS).expect(200).json();
        assertThat(names(guestsView.path("items"), "name")).containsExactly(marketingName);
        assertThat(guestsView.path("items").path(0).path("userRole").asString()).isEqualTo("INVITED");
        assertThat(guestsView.path("total").asInt()).isEqualTo(1);

        assertThat(environmentNames(user(team()).api(), "")).as("a user of no team of the environments").isEmpty();
        assertThat(environmentNames(admin(), "?organizationUri=" + organization.uri()))
                .as("admins see only environments of their own teams").isEmpty();
    }

    @Test
    void ownerEditsNameDescriptionPrefixTagsAndFeaturesButNotRegionOrTeam() {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        String newName = unique("Renamed");
        awaitStack(owner, environment.uri(), "CREATE_COMPLETE");

        JsonNode edited = owner.patch(path(environment.uri()), Map.of("name", "  " + newName + " ", "description", "new words",
                "resourcePrefix", "fin2", "tags", List.of("a", "b"), "features", Map.of("pipelines", false))).expect(200).json();

        assertThat(edited.path("name").asString()).isEqualTo(newName);
        assertThat(edited.path("description").asString()).isEqualTo("new words");
        assertThat(edited.path("resourcePrefix").asString()).isEqualTo("fin2");
        assertThat(strings(edited.path("tags"))).containsExactly("a", "b");
        assertThat(edited.path("features").path("pipelines").asBoolean()).isFalse();
        assertThat(edited.path("features").path("worksheets").asBoolean()).as("features left out stay as they are").isTrue();
        assertThat(edited.path("region").asString()).isEqualTo("eu-west-1");
        assertThat(Path.of(edited.path("storageRoot").asString()))
                .as("the storage root keeps its place when the prefix changes")
                .isEqualTo(expectedStorageRoot("env", environment.uri()));
        assertThat(strings(edited.path("userPermissions"))).doesNotContain("CREATE_PIPELINE");
        assertThat(logMessages(awaitStack(owner, environment.uri(), "UPDATE_COMPLETE")))
                .as("saving an edit updates the stack").contains("Update requested");

        JsonNode descriptionOnly = owner.patch(path(environment.uri()), Map.of("description", "only this")).expect(200).json();
        assertThat(descriptionOnly.path("name").asString()).isEqualTo(newName);
        assertThat(strings(descriptionOnly.path("tags"))).containsExactly("a", "b");

        Response region = owner.patch(path(environment.uri()), Map.of("region", "us-east-1"));
        assertThat(region.problem(400)).startsWith("Unknown field 'region'");
        assertThat(region.text("field")).isEqualTo("region");
        Response team = owner.patch(path(environment.uri()), Map.of("team", team()));
        assertThat(team.problem(400)).startsWith("Unknown field 'team'");
        assertThat(team.text("field")).isEqualTo("team");

        JsonNode read = owner.get(path(environment.uri())).expect(200).json();
        assertThat(read.path("region").asString()).isEqualTo("eu-west-1");
        assertThat(read.path("adminTeam").asString()).isEqualTo(environment.team());
        assertThat(read.path("description").asString()).isEqualTo("only this");
    }

    @Test
    void onlyTheOwnerTeamEditsOrDeletes() {
        Environment environment = newEnvironment();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToEnvironment(environment.owner().api(), environment.uri(), guestTeam, ALL_PERMISSIONS.toArray(String[]::new));
        TestUser stranger = user(team());

        assertRefused(guest.api().patch(path(environment.uri()), Map.of("description", "mine now")),
                "UPDATE_ENVIRONMENT", guest.username(), environment.uri());
        assertRefused(guest.api().delete(path(environment.uri())), "DELETE_ENVIRONMENT", guest.username(), environment.uri());
        assertRefused(stranger.api().patch(path(environment.uri()), Map.of("description", "mine now")),
                "UPDATE_ENVIRONMENT", stranger.username(), environment.uri());
        assertRefused(stranger.api().delete(path(environment.uri())), "DELETE_ENVIRONMENT", stranger.username(), environment.uri());
        assertRefused(stranger.api().get(path(environment.uri())), "GET_ENVIRONMENT", stranger.username(), environment.uri());
        assertRefused(admin().delete(path(environment.uri())), "DELETE_ENVIRONMENT", "admin", environment.uri());

        assertThat(environment.owner().api().get(path(environment.uri())).expect(200).text("description"))
                .isEqualTo("for tests");
    }

    @Test
    void invitedTeamSeesTheEnvironmentButNotItsStackStorageOrTags() {
        Environment environment = newEnvironment();
        String guestTeam = team();
        TestUser guest = user(guestTeam);
        inviteToEnvironment(environment.owner().api(), environment.uri(), guestTeam, "CREATE_DATASET", "RUN_WORKSHEETS");

        JsonNode view = guest.api().get(path(environment.uri())).expect(200).json();
        assertThat(view.path("userRole").asString()).isEqualTo("INVITED");
        assertThat(view.path("adminTeam").asString()).isEqualTo(environment.team());
        assertThat(view.path("storageRoot").isNull()).isTrue();
        assertThat(view.path("stackStatus").isNull()).isTrue();
        assertThat(strings(view.path("userPermissions"))).containsExactlyInAnyOrder("CREATE_DATASET", "RUN_WORKSHEETS");

        String uri = environment.uri();
        assertRefused(guest.api().get(path(uri) + "/stack"), "GET_ENVIRONMENT_STACK", guest.username(), uri);
        assertRefused(guest.api().post(path(uri) + "/stack/update", Map.of()), "UPDATE_ENVIRONMENT_STACK", guest.username(), uri);
        assertRefused(guest.api().get(path(uri) + "/kv-tags"), "GET_ENVIRONMENT_TAGS", guest.username(), uri);
        assertRefused(guest.api().put(path(uri) + "/kv-tags", Map.of("tags", Map.of("k", "v"))),
                "UPDATE_ENVIRONMENT_TAGS", guest.username(), uri);
    }

    @Test
    void ownerKeepsKeyValueTags() {
        Environment environment = newEnvironment();
        String tags = path(environment.uri()) + "/kv-tags";
        Caller owner = environment.owner().api();

        assertThat(owner.get(tags).expect(200).json().isEmpty()).isTrue();
        JsonNode replaced = owner.put(tags, Map.of("tags", Map.of("costCenter", "42", "owner", "finance"))).expect(200).json();
        assertThat(replaced.path("costCenter").asString()).isEqualTo("42");
        assertThat(replaced.path("owner").asString()).isEqualTo("finance");
        assertThat(owner.get(tags).expect(200).json().propertyNames()).containsExactly("costCenter", "owner");

        assertThat(owner.put(tags, Map.of("tags", Map.of("team", "a"))).expect(200).json().propertyNames())
                .as("a PUT replaces every tag").containsExactly("team");
        assertThat(owner.put(tags, Map.of("tags", Map.of())).expect(200).json().isEmpty()).isTrue();
        assertThat(owner.put(tags, Map.of()).problem(400)).startsWith("tags:");
    }

    @Test
    void deletingKeepsTheStorageRootUnlessAskedToDeleteIt() throws Exception {
        Environment kept = newEnvironment();
        Caller owner = kept.owner().api();
        String removed = environment(owner, kept.organization().uri(), kept.team());
        awaitStack(owner, kept.uri(), "CREATE_COMPLETE");
        awaitStack(owner, removed, "CREATE_COMPLETE");
        Path keptRoot = Path.of(owner.get(path(kept.uri())).expect(200).text("storageRoot"));
        Path removedRoot = Path.of(owner.get(path(removed)).expect(200).text("storageRoot"));
        Files.writeString(keptRoot.resolve("data.csv"), "a,b");

        owner.delete(path(kept.uri())).expect(204);
        owner.delete(path(removed) + "?deleteStorage=true").expect(204);

        assertThat(Files.readString(keptRoot.resolve("data.csv"))).isEqualTo("a,b");
        assertThat(removedRoot).doesNotExist();
        assertThat(owner.get(path(kept.uri())).problem(404)).isEqualTo("Environment '%s' does not exist", kept.uri());
        assertThat(owner.get(path(removed) + "/stack").problem(404)).isEqualTo("Environment '%s' does not exist", removed);
        assertThat(environmentNames(owner, "?organizationUri=" + kept.organization().uri())).isEmpty();
        assertThat(owner.delete(path(kept.uri())).problem(404)).isEqualTo("Environment '%s' does not exist", kept.uri());
    }

    @Test
    void anonymousCallersMustSignIn() {
        Environment environment = newEnvironment();
        String uri = environment.uri();
        List<Response> answers = List.of(anonymous().get(ENVIRONMENTS), anonymous().get(path(uri)),
                anonymous().post(ENVIRONMENTS, linkRequest(environment.organization().uri(), environment.team(), Map.of())),
                anonymous().patch(path(uri), Map.of("description", "x")), anonymous().delete(path(uri)),
                anonymous().get(path(uri) + "/stack"), anonymous().get(path(uri) + "/teams"),
                anonymous().put(path(uri) + "/kv-tags", Map.of("tags", Map.of())),
                anonymous().get(path(uri) + "/consumption-principals"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.problem(401)).isEqualTo("Sign in first: send Authorization: Bearer <token>");
            assertThat(answer.headers().firstValue("www-authenticate")).hasValue("Bearer");
        });
        assertThat(withToken("not-a-token").get(ENVIRONMENTS).problem(401))
                .isEqualTo("The bearer token is not valid or has expired");
        assertThat(environment.owner().api().get(path(uri)).expect(200).text("description")).isEqualTo("for tests");
    }
}
