package io.lakegate.admin;

import static io.lakegate.test.Eventually.eventually;
import static io.lakegate.test.Problems.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import io.lakegate.platform.tasks.BackgroundTasks;
import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Background tasks and their runs, as the admin team sees them. */
class BackgroundTasksTest extends ApiTest {

    private static final String TASKS = "/api/v1/admin/tasks";
    private static final String PROVISIONING = "provisioning";

    @Autowired
    private BackgroundTasks backgroundTasks;

    @Test
    void adminSeesTheScheduledTasksAndThatTheSchedulerRuns() {
        JsonNode tasks = admin().get(TASKS).expect(200).json();

        assertThat(tasks.path("scheduled").isArray()).isTrue();
        assertThat(tasks.path("paused").asBoolean()).isFalse();
        assertThat(tasks.path("runs").path("items").isArray()).isTrue();
        assertThat(tasks.path("runs").path("page").asInt()).isEqualTo(1);
    }

    @Test
    void provisioningAnEnvironmentShowsASucceededRun() {
        String environment = newEnvironment();

        JsonNode run = awaitRun(environment, "SUCCEEDED");

        assertThat(run.path("taskName").asString()).isEqualTo(PROVISIONING);
        assertThat(run.path("node").asString()).isNotBlank();
        assertThat(run.path("error").isNull()).isTrue();
        Instant started = Instant.parse(run.path("startedAt").asString());
        Instant finished = Instant.parse(run.path("finishedAt").asString());
        assertThat(finished).isAfterOrEqualTo(started);
        assertThat(run.path("durationMillis").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void runsAreFilteredByTaskAndStatus() {
        awaitRun(newEnvironment(), "SUCCEEDED");

        JsonNode succeeded = admin().get(TASKS + "?task=" + PROVISIONING + "&status=SUCCEEDED&size=500").expect(200).json();
        JsonNode otherTask = admin().get(TASKS + "?task=no-such-task").expect(200).json();

        assertThat(succeeded.path("runs").path("items")).isNotEmpty().allSatisfy(run -> {
            assertThat(run.path("taskName").asString()).isEqualTo(PROVISIONING);
            assertThat(run.path("status").asString()).isEqualTo("SUCCEEDED");
        });
        assertThat(otherTask.path("runs").path("total").asLong()).isZero();
    }

    /** Spring stops and starts the scheduler when it pauses and restarts a context (tests do, between servers). */
    @Test
    void tasksRunAgainAfterTheSchedulerIsStoppedAndStarted() {
        backgroundTasks.stop();
        backgroundTasks.start();

        awaitRun(newEnvironment(), "SUCCEEDED");
        assertThat(admin().get(TASKS).expect(200).json().path("paused").asBoolean()).isFalse();
    }

    @Test
    void unknownStatusIsABadRequestNamingIt() {
        assertThat(badRequest(admin().get(TASKS + "?status=DONE"), "status")).isEqualTo("'DONE' is not a valid value for status");
    }

    @Test
    void onlyAdminsMaySeeTasks() {
        TestUser user = user(team());

        assertThat(user.api().get(TASKS).problem(403))
                .isEqualTo("User: %s is not authorized to perform: LIST_TASKS on lakegate", user.username());
        assertThat(anonymous().get(TASKS).problem(401)).startsWith("Sign in first");
    }

    private String newEnvironment() {
        String team = team();
        TestUser owner = user(team);
        return environment(owner.api(), organization(owner.api(), team), team);
    }

    /** The run of the environment's provisioning, once it has that status. */
    private JsonNode awaitRun(String environment, String status) {
        Caller admin = admin();
        return eventually("a %s run provisioning environment %s".formatted(status, environment),
                () -> runOf(admin, environment), run -> run.filter(found -> found.path("status").asString().equals(status)).isPresent())
                .orElseThrow();
    }

    private static Optional<JsonNode> runOf(Caller admin, String environment) {
        return admin.get(TASKS + "?task=" + PROVISIONING + "&size=500").expect(200).json().path("runs").path("items")
                .valueStream()
                .filter(run -> run.path("instance").asString().equals(environment))
                .findFirst();
    }
}
