package io.lakegate.identity;

import static io.lakegate.test.Problems.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The signed-in caller's own profile and password. */
class MeTest extends ApiTest {

    private static final String ME = "/api/v1/me";
    private static final String PASSWORD_PATH = "/api/v1/me/password";
    private static final String NEW_PASSWORD = "a-brand-new-password";

    @Test
    void userSeesTheirProfileTeamsAndTenantPermissions() {
        String fullTeam = team();
        String reducedTeam = team();
        admin().put("/api/v1/admin/teams/" + reducedTeam + "/permissions",
                Map.of("permissions", List.of("MANAGE_DATASETS", "MANAGE_SHARES"))).expect(200);
        TestUser user = user(fullTeam, reducedTeam);

        JsonNode me = user.api().get(ME).expect(200).json();

        assertThat(me.path("kind").asString()).isEqualTo("USER");
        assertThat(me.path("username").asString()).isEqualTo(user.username());
        assertThat(me.path("displayName").asString()).isEqualTo("User " + user.username());
        assertThat(me.path("email").asString()).isEqualTo(user.username() + "@example.com");
        assertThat(me.path("admin").asBoolean()).isFalse();
        assertThat(me.path("teams")).extracting(JsonNode::asString)
                .containsExactlyElementsOf(List.of(fullTeam, reducedTeam).stream().sorted().toList());
        assertThat(me.path("teamPermissions").path(fullTeam)).extracting(JsonNode::asString)
                .containsExactlyInAnyOrderElementsOf(TenantPermissionsTest.ALL);
        assertThat(me.path("teamPermissions").path(reducedTeam)).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("MANAGE_DATASETS", "MANAGE_SHARES");
        assertThat(me.path("tenantPermissions")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrderElementsOf(TenantPermissionsTest.ALL);
    }

    @Test
    void profileTellsTheMaintenanceWindow() {
        JsonNode maintenance = user(team()).api().get(ME).expect(200).json().path("maintenance");

        assertThat(maintenance.path("mode").asString()).isEqualTo("NONE");
        assertThat(maintenance.path("status").asString()).isEqualTo("INACTIVE");
    }

    @Test
    void userWithoutTeamsHasNoTenantPermissions() {
        JsonNode me = user().api().get(ME).expect(200).json();

        assertThat(me.path("teams")).isEmpty();
        assertThat(me.path("tenantPermissions")).isEmpty();
    }

    @Test
    void adminIsFlaggedAsAdminWithTheAdminTeam() {
        JsonNode me = admin().get(ME).expect(200).json();

        assertThat(me.path("username").asString()).isEqualTo("admin");
        assertThat(me.path("admin").asBoolean()).isTrue();
        assertThat(me.path("teams")).extracting(JsonNode::asString).contains("admins");
        assertThat(me.path("teamPermissions").path("admins")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrderElementsOf(TenantPermissionsTest.ALL);
    }

    @Test
    void wrongCurrentPasswordIsABadRequestAndChangesNothing() {
        TestUser user = user(team());

        Response answer = changePassword(user, "not-the-password", NEW_PASSWORD);

        assertThat(badRequest(answer, "currentPassword")).isEqualTo("The current password is not correct");
        assertSignIn(user.username(), PASSWORD, 200);
        assertSignIn(user.username(), NEW_PASSWORD, 401);
    }

    @Test
    void tooShortNewPasswordIsABadRequest() {
        TestUser user = user(team());

        assertThat(badRequest(changePassword(user, PASSWORD, "short"), "newPassword")).contains("size must be between 8 and 128");
        assertSignIn(user.username(), PASSWORD, 200);
    }

    @Test
    void changedPasswordSignsInAndTheOldOneNoLonger() {
        TestUser user = user(team());

        changePassword(user, PASSWORD, NEW_PASSWORD).expect(204);

        assertSignIn(user.username(), NEW_PASSWORD, 200);
        assertSignIn(user.username(), PASSWORD, 401);
    }

    @Test
    void anonymousCallerHasNoProfileOrPassword() {
        assertThat(anonymous().get(ME).problem(401)).startsWith("Sign in first");
        assertThat(anonymous().put(PASSWORD_PATH, Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .problem(401)).startsWith("Sign in first");
    }

    private static Response changePassword(TestUser user, String currentPassword, String newPassword) {
        return user.api().put(PASSWORD_PATH, Map.of("currentPassword", currentPassword, "newPassword", newPassword));
    }

    private void assertSignIn(String username, String password, int expectedStatus) {
        anonymous().post("/api/v1/auth/token", Map.of("username", username, "password", password)).expect(expectedStatus);
    }
}
