package io.lakegate.admin;

import static io.lakegate.test.Eventually.eventually;
import static io.lakegate.test.Problems.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The maintenance window (guide 3.3). It is global to the shared server, so every maintenance test is in this
 * class, and each one ends the window whatever happens.
 */
class MaintenanceTest extends ApiTest {

    private static final String MAINTENANCE = "/api/v1/admin/maintenance";
    private static final String ORGANIZATIONS = "/api/v1/organizations";

    @AfterEach
    void endMaintenance() {
        admin().delete(MAINTENANCE).expect(200);
    }

    @Test
    void noMaintenanceByDefault() {
        JsonNode status = admin().get(MAINTENANCE).expect(200).json();

        assertThat(status.path("mode").asString()).isEqualTo("NONE");
        assertThat(status.path("status").asString()).isEqualTo("INACTIVE");
        assertThat(status.path("startedBy").isNull()).isTrue();
    }

    @Test
    void startedWindowGoesFromPendingToActiveOnceNoTaskRuns() {
        JsonNode started = admin().post(MAINTENANCE, Map.of("mode", "READ_ONLY")).expect(200).json();

        assertThat(started.path("mode").asString()).isEqualTo("READ_ONLY");
        assertThat(started.path("status").asString()).isIn("PENDING", "ACTIVE");
        assertThat(started.path("startedBy").asString()).isEqualTo("admin");
        assertThat(started.path("startedAt").asString()).isNotBlank();
        JsonNode active = awaitActive();
        assertThat(active.path("mode").asString()).isEqualTo("READ_ONLY");
        assertThat(active.path("runningTasks").asInt()).isZero();
    }

    @Test
    void readOnlyRefusesUsersChanges() {
        TestUser user = user(team());
        String organization = organization(user.api(), user.teams().getFirst());
        start("READ_ONLY");

        List<Response> changes = List.of(
                user.api().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", user.teams().getFirst())),
                user.api().patch(ORGANIZATIONS + "/" + organization, Map.of("name", "Renamed during maintenance")),
                user.api().delete(ORGANIZATIONS + "/" + organization),
                user.api().put("/api/v1/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "new-password-1")));

        assertThat(changes).allSatisfy(answer -> assertThat(answer.problem(503)).isEqualTo(
                "Lakegate is in READ_ONLY maintenance: changes are not allowed until the maintenance window ends"));
        end();
        assertThat(user.api().get(ORGANIZATIONS + "/" + organization).expect(200).text("name")).isNotEqualTo(
                "Renamed during maintenance");
        signIn(user.username(), PASSWORD);
    }

    @Test
    void readOnlyKeepsUsersReadsOpen() {
        TestUser user = user(team());
        String organization = organization(user.api(), user.teams().getFirst());
        start("READ_ONLY");

        user.api().get(ORGANIZATIONS + "/" + organization).expect(200);
        user.api().get(ORGANIZATIONS).expect(200);
        user.api().get("/api/v1/teams").expect(200);
        JsonNode maintenance = user.api().get("/api/v1/me").expect(200).json().path("maintenance");
        assertThat(maintenance.path("mode").asString()).isEqualTo("READ_ONLY");
        assertThat(maintenance.path("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void adminsMayChangeThingsDuringReadOnly() {
        start("READ_ONLY");

        String team = unique("Team");
        admin().post("/api/v1/admin/teams", Map.of("name", team)).expect(201);
        admin().get("/api/v1/admin/teams/" + team).expect(200);
    }

    @Test
    void noAccessRefusesUsersReadsToo() {
        TestUser user = user(team());
        String organization = organization(user.api(), user.teams().getFirst());
        start("NO_ACCESS");

        List<Response> calls = List.of(
                user.api().get(ORGANIZATIONS + "/" + organization),
                user.api().get("/api/v1/teams"),
                user.api().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", user.teams().getFirst())));

        assertThat(calls).allSatisfy(answer -> assertThat(answer.problem(503)).isEqualTo(
                "Lakegate is in NO_ACCESS maintenance: it is not available until the maintenance window ends"));
    }

    @Test
    void noAccessKeepsSignInAndTheProfileOpen() {
        TestUser user = user(team());
        start("NO_ACCESS");

        JsonNode maintenance = signIn(user.username(), PASSWORD).get("/api/v1/me").expect(200).json().path("maintenance");

        assertThat(maintenance.path("mode").asString()).isEqualTo("NO_ACCESS");
        assertThat(maintenance.path("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void adminsMayCallEverythingDuringNoAccess() {
        start("NO_ACCESS");

        admin().get("/api/v1/admin/users?size=1").expect(200);
        admin().get("/api/v1/teams").expect(200);
        admin().post("/api/v1/admin/teams", Map.of("name", unique("Team"))).expect(201);
    }

    @Test
    void endingMaintenanceReopensChanges() {
        TestUser user = user(team());
        start("READ_ONLY");
        createOrganization(user).problem(503);

        JsonNode ended = end();

        assertThat(ended.path("mode").asString()).isEqualTo("NONE");
        assertThat(ended.path("status").asString()).isEqualTo("INACTIVE");
        createOrganization(user).expect(201);
        assertThat(user.api().get("/api/v1/me").expect(200).json().path("maintenance").path("mode").asString())
                .isEqualTo("NONE");
    }

    @Test
    void switchingFromReadOnlyToNoAccessRefusesReads() {
        TestUser user = user(team());
        start("READ_ONLY");
        user.api().get("/api/v1/teams").expect(200);

        start("NO_ACCESS");

        assertThat(user.api().get("/api/v1/teams").problem(503)).contains("NO_ACCESS");
    }

    @Test
    void backgroundTasksArePausedDuringMaintenance() {
        start("READ_ONLY");
        assertThat(admin().get("/api/v1/admin/tasks").expect(200).json().path("paused").asBoolean()).isTrue();

        end();

        assertThat(admin().get("/api/v1/admin/tasks").expect(200).json().path("paused").asBoolean()).isFalse();
    }

    @Test
    void unknownOrMissingModeIsABadRequestAndStartsNothing() {
        assertThat(badRequest(admin().post(MAINTENANCE, Map.of("mode", "SOMETIMES")), "mode")).contains("SOMETIMES");
        assertThat(badRequest(admin().post(MAINTENANCE, Map.of()), "mode")).isEqualTo("mode: must not be null");

        assertThat(admin().get(MAINTENANCE).expect(200).json().path("mode").asString()).isEqualTo("NONE");
    }

    @Test
    void onlyAdminsMayReadStartOrEndMaintenance() {
        TestUser user = user(team());

        assertThat(user.api().get(MAINTENANCE).problem(403)).isEqualTo(refusal(user, "GET_MAINTENANCE"));
        assertThat(user.api().post(MAINTENANCE, Map.of("mode", "NO_ACCESS")).problem(403))
                .isEqualTo(refusal(user, "START_MAINTENANCE"));
        assertThat(user.api().delete(MAINTENANCE).problem(403)).isEqualTo(refusal(user, "END_MAINTENANCE"));
        anonymous().get(MAINTENANCE).problem(401);
        anonymous().post(MAINTENANCE, Map.of("mode", "NO_ACCESS")).problem(401);
        anonymous().delete(MAINTENANCE).problem(401);

        assertThat(admin().get(MAINTENANCE).expect(200).json().path("mode").asString()).isEqualTo("NONE");
    }

    @Test
    void nonAdminCannotEndAnActiveWindow() {
        TestUser user = user(team());
        start("READ_ONLY");

        assertThat(user.api().delete(MAINTENANCE).problem(503)).contains("READ_ONLY");

        assertThat(admin().get(MAINTENANCE).expect(200).json().path("mode").asString()).isEqualTo("READ_ONLY");
    }

    private void start(String mode) {
        admin().post(MAINTENANCE, Map.of("mode", mode)).expect(200);
        awaitActive();
    }

    private JsonNode end() {
        return admin().delete(MAINTENANCE).expect(200).json();
    }

    private JsonNode awaitActive() {
        Caller admin = admin();
        return eventually("the maintenance window to become ACTIVE", () -> admin.get(MAINTENANCE).expect(200).json(),
                status -> status.path("status").asString().equals("ACTIVE"));
    }

    private Response createOrganization(TestUser user) {
        return user.api().post(ORGANIZATIONS, Map.of("name", unique("Org"), "team", user.teams().getFirst()));
    }

    private static String refusal(TestUser user, String action) {
        return "User: %s is not authorized to perform: %s on lakegate".formatted(user.username(), action);
    }
}
