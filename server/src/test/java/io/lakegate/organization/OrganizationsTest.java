package io.lakegate.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Creating, listing, reading, editing and archiving organizations (guide 3.1.2), as each kind of caller sees it. */
class OrganizationsTest extends ApiTest {

    private static final String ORGANIZATIONS = "/api/v1/organizations";

    @Test
    void teamMemberCreatesOrganizationAndAdministersIt() {
        String team = team();
        TestUser creator = user(team);
        String name = unique("AnyCompany EMEA ");

        Response created = creator.api().post(ORGANIZATIONS, Map.of("name", " " + name + " ", "description",
                "AnyCompany EMEA region", "team", team, "tags", List.of("fin", " rnd", "fin", "sales"))).expect(201);

        String uri = created.text("uri");
        assertThat(uri).matches("[a-z0-9]{8}");
        assertThat(created.headers().firstValue("location")).hasValue(ORGANIZATIONS + "/" + uri);
        for (JsonNode organization : List.of(created.json(), creator.api().get(path(uri)).expect(200).json())) {
            assertThat(organization.path("uri").asString()).isEqualTo(uri);
            assertThat(organization.path("name").asString()).isEqualTo(name.strip());
            assertThat(organization.path("description").asString()).isEqualTo("AnyCompany EMEA region");
            assertThat(organization.path("adminTeam").asString()).isEqualTo(team);
            assertThat(strings(organization.path("tags"))).containsExactly("fin", "rnd", "sales");
            assertThat(organization.path("createdBy").asString()).isEqualTo(creator.username());
            assertThat(organization.path("createdAt").asString()).isNotEmpty();
            assertThat(organization.path("userRole").asString()).isEqualTo("ADMIN");
            assertThat(organization.path("environmentCount").asInt()).isZero();
        }
        assertThat(names(creator.api().get(ORGANIZATIONS).expect(200).json())).containsExactly(name.strip());
    }

    @Test
    void creatorMustBelongToTheTeam() {
        String team = team();
        TestUser outsider = user(team());

        assertThat(outsider.api().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", team)).problem(403))
                .isEqualTo("User: %s is not authorized to perform: MANAGE_ORGANIZATIONS on lakegate as team %s, "
                        + "which they do not belong to", outsider.username(), team);
        assertThat(admin().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", team)).problem(403))
                .as("admins too act only through their own teams")
                .isEqualTo("User: admin is not authorized to perform: MANAGE_ORGANIZATIONS on lakegate as team %s, "
                        + "which they do not belong to", team);
        assertThat(total(user(team).api())).isZero();
    }

    @Test
    void teamMustHoldManageOrganizations() {
        String team = team();
        TestUser member = user(team);
        admin().put("/api/v1/admin/teams/%s/permissions".formatted(team),
                Map.of("permissions", Set.of("MANAGE_ENVIRONMENTS", "MANAGE_DATASETS"))).expect(200);

        assertThat(member.api().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", team)).problem(403))
                .isEqualTo("User: %s is not authorized to perform: MANAGE_ORGANIZATIONS on lakegate", member.username());
        assertThat(total(member.api())).isZero();

        admin().put("/api/v1/admin/teams/%s/permissions".formatted(team),
                Map.of("permissions", Set.of("MANAGE_ORGANIZATIONS"))).expect(200);
        member.api().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", team)).expect(201);
        assertThat(total(member.api())).isEqualTo(1);
    }

    @Test
    void listingShowsOrganizationsWhereACallersTeamIsAdminOrInvited() {
        String teamA = team();
        String teamB = team();
        TestUser a = user(teamA);
        TestUser b = user(teamB);
        TestUser both = user(teamA, teamB);
        String shared = organization(a.api(), teamA);
        String onlyA = organization(a.api(), teamA);
        String onlyB = organization(b.api(), teamB);
        inviteToOrganization(a.api(), shared, teamB, "LINK_ENVIRONMENT");

        assertThat(rolesByUri(a.api())).isEqualTo(Map.of(shared, "ADMIN", onlyA, "ADMIN"));
        assertThat(rolesByUri(b.api())).isEqualTo(Map.of(shared, "INVITED", onlyB, "ADMIN"));
        assertThat(rolesByUri(both.api())).isEqualTo(Map.of(shared, "ADMIN", onlyA, "ADMIN", onlyB, "ADMIN"));
        assertThat(total(user(team()).api())).as("a user of no team of these organizations").isZero();
        assertThat(admin().get(ORGANIZATIONS + "?size=500").expect(200).json().path("items").valueStream()
                .map(item -> item.path("uri").asString()))
                .as("admins see only organizations of their own teams")
                .doesNotContain(shared, onlyA, onlyB);
    }

    @Test
    void listingFiltersByTermAndPages() {
        String team = team();
        Caller member = user(team).api();
        String marker = unique("Zeta");
        for (String suffix : List.of("c", "a", "b")) {
            member.post(ORGANIZATIONS, Map.of("name", marker + "-" + suffix, "team", team)).expect(201);
        }
        String mentioning = unique("Other");
        member.post(ORGANIZATIONS, Map.of("name", mentioning, "description", "mentions " + marker.toLowerCase(),
                "team", team)).expect(201);
        member.post(ORGANIZATIONS, Map.of("name", unique("Unrelated"), "team", team)).expect(201);

        assertThat(total(member)).isEqualTo(5);
        JsonNode byTerm = member.get(ORGANIZATIONS + "?term=" + marker.toUpperCase()).expect(200).json();
        assertThat(byTerm.path("total").asInt()).as("the term matches names and descriptions, ignoring case").isEqualTo(4);
        assertThat(names(byTerm)).as("sorted by name").containsExactly(mentioning, marker + "-a", marker + "-b", marker + "-c");

        JsonNode first = member.get(ORGANIZATIONS + "?term=" + marker + "-&size=2").expect(200).json();
        JsonNode second = member.get(ORGANIZATIONS + "?term=" + marker + "-&size=2&page=2").expect(200).json();
        assertThat(names(first)).containsExactly(marker + "-a", marker + "-b");
        assertThat(names(second)).containsExactly(marker + "-c");
        assertThat(List.of(first.path("page").asInt(), first.path("size").asInt(), first.path("total").asInt()))
                .containsExactly(1, 2, 3);
        assertThat(List.of(second.path("page").asInt(), second.path("total").asInt())).containsExactly(2, 3);
        assertThat(names(member.get(ORGANIZATIONS + "?term=" + marker + "-&size=2&page=3").expect(200).json())).isEmpty();

        Response pageZero = member.get(ORGANIZATIONS + "?page=0");
        assertThat(pageZero.problem(400)).isEqualTo("page must be 1 or more");
        assertThat(pageZero.text("field")).isEqualTo("page");
        Response hugePage = member.get(ORGANIZATIONS + "?size=501");
        assertThat(hugePage.problem(400)).isEqualTo("size must be between 1 and 500");
        assertThat(hugePage.text("field")).isEqualTo("size");
        Response notANumber = member.get(ORGANIZATIONS + "?page=first");
        assertThat(notANumber.problem(400)).isEqualTo("'first' is not a valid value for page");
        assertThat(notANumber.text("field")).isEqualTo("page");
    }

    @Test
    void readingShowsTheCallersRoleAndRefusesOutsiders() {
        String team = team();
        TestUser owner = user(team);
        String invitedTeam = team();
        TestUser guest = user(invitedTeam);
        String uri = organization(owner.api(), team);
        inviteToOrganization(owner.api(), uri, invitedTeam, "LINK_ENVIRONMENT");
        TestUser stranger = user(team());

        assertThat(owner.api().get(path(uri)).expect(200).text("userRole")).isEqualTo("ADMIN");
        assertThat(guest.api().get(path(uri)).expect(200).text("userRole")).isEqualTo("INVITED");
        assertThat(stranger.api().get(path(uri)).problem(403))
                .isEqualTo("User: %s is not authorized to perform: GET_ORGANIZATION on organization %s", stranger.username(), uri);
        assertThat(admin().get(path(uri)).problem(403))
                .isEqualTo("User: admin is not authorized to perform: GET_ORGANIZATION on organization %s", uri);
        assertThat(owner.api().get(path("zzzzzzzz")).problem(404)).isEqualTo("Organization 'zzzzzzzz' does not exist");
    }

    @Test
    void adminTeamEditsNameDescriptionAndTagsButNeverTheTeam() {
        String team = team();
        TestUser owner = user(team);
        String uri = organization(owner.api(), team);
        String newName = unique("Renamed");

        JsonNode edited = owner.api().patch(path(uri), Map.of("name", newName, "description", "new words",
                "tags", List.of("x", "y"))).expect(200).json();

        assertThat(edited.path("name").asString()).isEqualTo(newName);
        assertThat(edited.path("description").asString()).isEqualTo("new words");
        assertThat(strings(edited.path("tags"))).containsExactly("x", "y");
        JsonNode descriptionOnly = owner.api().patch(path(uri), Map.of("description", "only this")).expect(200).json();
        assertThat(descriptionOnly.path("name").asString()).as("fields left out stay as they are").isEqualTo(newName);
        assertThat(strings(descriptionOnly.path("tags"))).containsExactly("x", "y");
        assertThat(Instant.parse(descriptionOnly.path("updatedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(edited.path("createdAt").asString()));

        Response teamChange = owner.api().patch(path(uri), Map.of("team", team()));
        assertThat(teamChange.problem(400)).startsWith("Unknown field 'team'");
        assertThat(teamChange.text("field")).isEqualTo("team");
        JsonNode read = owner.api().get(path(uri)).expect(200).json();
        assertThat(read.path("adminTeam").asString()).isEqualTo(team);
        assertThat(read.path("description").asString()).isEqualTo("only this");
    }

    @Test
    void onlyTheAdminTeamEditsOrArchives() {
        String team = team();
        TestUser owner = user(team);
        String invitedTeam = team();
        TestUser guest = user(invitedTeam);
        String uri = organization(owner.api(), team);
        inviteToOrganization(owner.api(), uri, invitedTeam, "LINK_ENVIRONMENT", "INVITE_ORGANIZATION_TEAM",
                "REMOVE_ORGANIZATION_TEAM");
        TestUser stranger = user(team());

        for (TestUser refused : List.of(guest, stranger)) {
            assertThat(refused.api().patch(path(uri), Map.of("description", "mine")).problem(403))
                    .isEqualTo("User: %s is not authorized to perform: UPDATE_ORGANIZATION on organization %s",
                            refused.username(), uri);
            assertThat(refused.api().delete(path(uri)).problem(403))
                    .isEqualTo("User: %s is not authorized to perform: ARCHIVE_ORGANIZATION on organization %s",
                            refused.username(), uri);
        }
        assertThat(admin().delete(path(uri)).problem(403))
                .isEqualTo("User: admin is not authorized to perform: ARCHIVE_ORGANIZATION on organization %s", uri);
        assertThat(owner.api().get(path(uri)).expect(200).text("description")).isEqualTo("for tests");
    }

    @Test
    void archivingIsRefusedWhileEnvironmentsRemain() {
        String team = team();
        TestUser owner = user(team);
        String uri = organization(owner.api(), team);
        String name = owner.api().get(path(uri)).expect(200).text("name");
        String environment = environment(owner.api(), uri, team);
        String environmentName = owner.api().get("/api/v1/environments/" + environment).expect(200).text("name");
        assertThat(owner.api().get(path(uri)).expect(200).json().path("environmentCount").asInt()).isEqualTo(1);

        assertThat(owner.api().delete(path(uri)).problem(409))
                .isEqualTo("Organization %s still has environments (%s): delete them before archiving it", uri, environmentName);
        assertThat(owner.api().get(path(uri)).expect(200).text("uri")).isEqualTo(uri);

        owner.api().delete("/api/v1/environments/" + environment).expect(204);
        owner.api().delete(path(uri)).expect(204);

        assertThat(owner.api().get(path(uri)).problem(404)).isEqualTo("Organization '%s' does not exist", uri);
        assertThat(owner.api().get(path(uri) + "/teams").problem(404)).isEqualTo("Organization '%s' does not exist", uri);
        assertThat(owner.api().patch(path(uri), Map.of("description", "x")).problem(404))
                .isEqualTo("Organization '%s' does not exist", uri);
        assertThat(total(owner.api())).isZero();
        owner.api().post(ORGANIZATIONS, Map.of("name", name, "team", team))
                .expect(201); // an archived organization's name is free again
    }

    @Test
    void anonymousCallersMustSignIn() {
        String team = team();
        String uri = organization(user(team).api(), team);

        List<Response> answers = List.of(anonymous().get(ORGANIZATIONS), anonymous().get(path(uri)),
                anonymous().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", team)),
                anonymous().patch(path(uri), Map.of("description", "x")), anonymous().delete(path(uri)),
                anonymous().get(path(uri) + "/teams"),
                anonymous().post(path(uri) + "/teams", Map.of("team", team(), "permissions", Set.of())),
                anonymous().delete(path(uri) + "/teams/" + team));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.problem(401)).isEqualTo("Sign in first: send Authorization: Bearer <token>");
            assertThat(answer.headers().firstValue("www-authenticate")).hasValue("Bearer");
        });
    }

    private static String path(String uri) {
        return ORGANIZATIONS + "/" + uri;
    }

    private static long total(Caller caller) {
        return caller.get(ORGANIZATIONS).expect(200).json().path("total").asLong();
    }

    private static List<String> names(JsonNode page) {
        return page.path("items").valueStream().map(item -> item.path("name").asString()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static Map<String, String> rolesByUri(Caller caller) {
        JsonNode items = caller.get(ORGANIZATIONS).expect(200).json().path("items");
        return items.valueStream().collect(Collectors.toMap(
                item -> item.path("uri").asString(), item -> item.path("userRole").asString()));
    }
}
