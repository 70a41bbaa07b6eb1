package io.lakegate.admin;

import static io.lakegate.test.Eventually.eventually;
import static io.lakegate.test.Problems.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The audit log: one record per mutating call, whatever its outcome, searchable by the admin team. */
class AuditLogTest extends ApiTest {

    private static final String AUDIT = "/api/v1/admin/audit";
    private static final String ORGANIZATIONS = "/api/v1/organizations";

    /** What a user did: signed in, created an organization, was refused an admin call, sent an invalid request. */
    record Activity(TestUser user, String team, String organizationLocation, Instant startedAt) {
    }

    @Test
    void organizationCreationIsRecordedWithTheActingTeamAndTheNewOrganization() {
        String team = team();
        TestUser user = user(team);

        Response created = user.api().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", team)).expect(201);

        JsonNode record = single("username=" + user.username() + "&action=organization.create");
        assertThat(record.path("username").asString()).isEqualTo(user.username());
        assertThat(record.path("actingTeam").asString()).isEqualTo(team);
        assertThat(record.path("action").asString()).isEqualTo("organization.create");
        assertThat(record.path("method").asString()).isEqualTo("POST");
        assertThat(record.path("path").asString()).isEqualTo(ORGANIZATIONS);
        assertThat(record.path("target").asString()).isEqualTo(created.headers().firstValue("Location").orElseThrow())
                .isEqualTo(ORGANIZATIONS + "/" + created.text("uri"));
        assertThat(record.path("status").asInt()).isEqualTo(201);
        assertThat(record.path("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(record.path("at").asString()).isNotBlank();
    }

    @Test
    void refusedAdminCallIsRecordedAsDenied() {
        TestUser user = user(team());

        user.api().post("/api/v1/admin/teams", Map.of("name", unique("Team"))).problem(403);

        JsonNode record = single("username=" + user.username() + "&outcome=DENIED");
        assertThat(record.path("action").asString()).isEqualTo("adminIdentity.createTeam");
        assertThat(record.path("path").asString()).isEqualTo("/api/v1/admin/teams");
        assertThat(record.path("status").asInt()).isEqualTo(403);
        assertThat(record.path("actingTeam").isNull()).isTrue();
    }

    @Test
    void refusalForLackOfTenantPermissionNamesTheTeamItWasAskedFor() {
        String team = team();
        TestUser user = user(team);
        admin().put("/api/v1/admin/teams/" + team + "/permissions", Map.of("permissions", List.of())).expect(200);

        user.api().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", team)).problem(403);

        JsonNode record = single("username=" + user.username() + "&outcome=DENIED");
        assertThat(record.path("action").asString()).isEqualTo("organization.create");
        assertThat(record.path("actingTeam").asString()).isEqualTo(team);
    }

    @Test
    void unauthenticatedChangeIsRecordedAsDeniedForAnonymous() {
        String path = ORGANIZATIONS + "/" + unique("missing") + "/teams";

        anonymous().post(path, Map.of("team", "AnyTeam", "permissions", List.of())).problem(401);
        withToken("not-a-token").post(path, Map.of("team", "AnyTeam", "permissions", List.of())).problem(401);

        JsonNode page = awaitRecords("target=" + path, 2);
        assertThat(page.path("items")).allSatisfy(record -> {
            assertThat(record.path("username").asString()).isEqualTo("anonymous");
            assertThat(record.path("method").asString()).isEqualTo("POST");
            assertThat(record.path("path").asString()).isEqualTo(path);
            assertThat(record.path("status").asInt()).isEqualTo(401);
            assertThat(record.path("outcome").asString()).isEqualTo("DENIED");
        });
    }

    @Test
    void failedSignInIsRecordedUnderTheClaimedUsername() {
        String claimed = unique("ghost");

        anonymous().post("/api/v1/auth/token", Map.of("username", claimed, "password", "guessed-password")).problem(401);

        JsonNode record = single("username=" + claimed);
        assertThat(record.path("action").asString()).isEqualTo("auth.token");
        assertThat(record.path("path").asString()).isEqualTo("/api/v1/auth/token");
        assertThat(record.path("status").asInt()).isEqualTo(401);
        assertThat(record.path("outcome").asString()).isEqualTo("DENIED");
    }

    @Test
    void successfulSignInIsRecorded() {
        TestUser user = user(team());

        JsonNode record = single("username=" + user.username() + "&action=auth.token");

        assertThat(record.path("status").asInt()).isEqualTo(200);
        assertThat(record.path("outcome").asString()).isEqualTo("SUCCESS");
    }

    @Test
    void invalidRequestIsRecordedAsFailed() {
        TestUser user = user(team());

        user.api().post(ORGANIZATIONS, Map.of("description", "no name, no team")).problem(400);

        JsonNode record = single("username=" + user.username() + "&outcome=FAILED");
        assertThat(record.path("action").asString()).isEqualTo("organization.create");
        assertThat(record.path("status").asInt()).isEqualTo(400);
    }

    @Test
    void readsAreNotRecorded() {
        TestUser user = user(team());
        String organization = organization(user.api(), user.teams().getFirst());

        user.api().get(ORGANIZATIONS + "/" + organization).expect(200);
        user.api().get(ORGANIZATIONS).expect(200);
        user.api().get("/api/v1/me").expect(200);

        JsonNode page = awaitRecords("username=" + user.username(), 2);
        assertThat(actions(page)).containsExactly("organization.create", "auth.token");
    }

    @Test
    void usernameFilterShowsOnlyThatUsersRecordsNewestFirst() {
        Activity activity = activity();

        JsonNode page = awaitRecords("username=" + activity.user().username(), 4);

        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(actions(page)).containsExactly("organization.create", "adminIdentity.createTeam",
                "organization.create", "auth.token");
        assertThat(page.path("items").valueStream().map(record -> record.path("id").asLong()).toList())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void outcomeFilterShowsOnlyThatOutcome() {
        Activity activity = activity();
        String user = "username=" + activity.user().username();

        assertThat(actions(awaitRecords(user + "&outcome=SUCCESS", 2))).containsExactly("organization.create", "auth.token");
        assertThat(actions(awaitRecords(user + "&outcome=DENIED", 1))).containsExactly("adminIdentity.createTeam");
        assertThat(actions(awaitRecords(user + "&outcome=FAILED", 1))).containsExactly("organization.create");
    }

    @Test
    void teamFilterShowsOnlyCallsActingForThatTeam() {
        Activity activity = activity();

        JsonNode page = awaitRecords("team=" + activity.team(), 1);

        assertThat(page.path("items").get(0).path("target").asString()).isEqualTo(activity.organizationLocation());
    }

    @Test
    void actionAndTargetFiltersNarrowTheSearch() {
        Activity activity = activity();
        String user = "username=" + activity.user().username();
        String organizationUri = activity.organizationLocation().substring(ORGANIZATIONS.length() + 1);

        assertThat(awaitRecords(user + "&action=organization.create", 2).path("items").valueStream()
                .map(record -> record.path("status").asInt()).toList()).containsExactly(400, 201);
        assertThat(awaitRecords("target=" + organizationUri, 1).path("items").get(0).path("username").asString())
                .isEqualTo(activity.user().username());
    }

    @Test
    void timeFiltersBoundTheSearch() {
        Activity activity = activity();
        String user = "username=" + activity.user().username();
        awaitRecords(user, 4);
        Instant later = Instant.now().plus(Duration.ofHours(1));

        assertThat(records(user + "&from=" + activity.startedAt()).path("total").asLong()).isEqualTo(4);
        assertThat(records(user + "&to=" + activity.startedAt()).path("total").asLong()).isZero();
        assertThat(records(user + "&from=" + later).path("total").asLong()).isZero();
        assertThat(records(user + "&from=" + activity.startedAt() + "&to=" + later).path("total").asLong()).isEqualTo(4);
    }

    @Test
    void searchIsPaged() {
        Activity activity = activity();
        String user = "username=" + activity.user().username();
        List<String> all = actions(awaitRecords(user, 4));

        JsonNode second = records(user + "&size=1&page=2");

        assertThat(second.path("total").asLong()).isEqualTo(4);
        assertThat(second.path("page").asInt()).isEqualTo(2);
        assertThat(second.path("size").asInt()).isEqualTo(1);
        assertThat(actions(second)).containsExactly(all.get(1));
    }

    @Test
    void invalidTimeIsABadRequestNamingTheParameter() {
        assertThat(badRequest(admin().get(AUDIT + "?from=yesterday"), "from"))
                .isEqualTo("'yesterday' is not a valid value for from");
    }

    @Test
    void onlyAdminsMayReadTheAuditLog() {
        TestUser user = user(team());

        assertThat(user.api().get(AUDIT).problem(403))
                .isEqualTo("User: %s is not authorized to perform: READ_AUDIT_LOG on lakegate", user.username());
        assertThat(anonymous().get(AUDIT).problem(401)).startsWith("Sign in first");
    }

    /** A user who signs in, creates an organization, is refused an admin call and sends an invalid request. */
    private Activity activity() {
        Instant startedAt = Instant.now().minusSeconds(1);
        String team = team();
        TestUser user = user(team);
        String location = user.api().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", team)).expect(201)
                .headers().firstValue("Location").orElseThrow();
        user.api().post("/api/v1/admin/teams", Map.of("name", unique("Team"))).problem(403);
        user.api().post(ORGANIZATIONS, Map.of("team", team)).problem(400);
        return new Activity(user, team, location, startedAt);
    }

    /** The one record matching the query, once it is written. */
    private JsonNode single(String query) {
        return awaitRecords(query, 1).path("items").get(0);
    }

    /**
     * The records matching the query once there are {@code count} of them; the server writes a record as the
     * call ends, which may be just after the caller has its answer.
     */
    private JsonNode awaitRecords(String query, int count) {
        Caller admin = admin();
        JsonNode page = eventually(count + " audit records for " + query, () -> admin.get(AUDIT + "?" + query).expect(200).json(),
                found -> found.path("total").asLong() >= count);
        assertThat(page.path("total").asLong()).as("records for %s", query).isEqualTo(count);
        return page;
    }

    private JsonNode records(String query) {
        return admin().get(AUDIT + "?" + query).expect(200).json();
    }

    private static List<String> actions(JsonNode page) {
        return page.path("items").valueStream().map(record -> record.path("action").asString()).toList();
    }
}
