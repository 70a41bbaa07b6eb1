package io.lakegate.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The environment "stack": provisioning of the storage root, its status and logs (guide 3.2.3, "Check CloudFormation stack"). */
class EnvironmentStackTest extends EnvironmentTestSupport {

    @Test
    void linkingProvisionsTheStorageRoot() {
        Organization organization = newOrganization();
        Caller owner = organization.admin().api();

        JsonNode created = owner.post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(),
                Map.of("resourcePrefix", "sales"))).expect(201).json();
        String uri = created.path("uri").asString();
        assertThat(created.path("stackStatus").asString()).isEqualTo("PENDING");

        JsonNode stack = awaitStack(owner, uri, "CREATE_COMPLETE");

        Path root = expectedStorageRoot("sales", uri);
        assertThat(root).isDirectory();
        assertThat(stack.path("targetUri").asString()).isEqualTo(uri);
        assertThat(stack.path("targetType").asString()).isEqualTo("environment");
        assertThat(logMessages(stack)).containsExactly("Provisioning requested", "Ensuring storage root " + root,
                "Storage root ready", "Status CREATE_COMPLETE");
        assertThat(stack.path("logs").valueStream().map(line -> line.path("level").asString())).containsOnly("INFO");
        assertThat(owner.get(path(uri)).expect(200).text("stackStatus")).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void updatingTheStackRunsProvisioningAgain() {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        awaitStack(owner, environment.uri(), "CREATE_COMPLETE");

        Response update = owner.post(path(environment.uri()) + "/stack/update", null).expect(202);

        assertThat(update.text("status")).isEqualTo("UPDATE_IN_PROGRESS");
        JsonNode stack = awaitStack(owner, environment.uri(), "UPDATE_COMPLETE");
        assertThat(logMessages(stack)).endsWith("Update requested", "Ensuring storage root " + storageRoot(environment),
                "Storage root ready", "Status UPDATE_COMPLETE");
    }

    @Test
    void failedUpdateIsReportedWithAnErrorAndCanBeRetried() throws Exception {
        Environment environment = newEnvironment();
        Caller owner = environment.owner().api();
        awaitStack(owner, environment.uri(), "CREATE_COMPLETE");
        Path root = storageRoot(environment);
        Files.delete(root);
        Files.writeString(root, "a file where the storage root should be");
        try {
            owner.post(path(environment.uri()) + "/stack/update", null).expect(202);

            JsonNode failed = awaitStack(owner, environment.uri(), "UPDATE_FAILED");

            JsonNode error = failed.path("logs").valueStream()
                    .filter(line -> line.path("level").asString().equals("ERROR"))
                    .findFirst().orElseThrow(() -> new AssertionError("no ERROR log line in " + failed));
            assertThat(error.path("message").asString())
                    .isEqualTo("Could not provision storage root %s: FileAlreadyExistsException on %s", root, root);
            assertThat(logMessages(failed)).last().isEqualTo("Status UPDATE_FAILED");
            assertThat(owner.get(path(environment.uri())).expect(200).text("stackStatus")).isEqualTo("UPDATE_FAILED");
        }
        finally {
            Files.deleteIfExists(root);
        }

        owner.post(path(environment.uri()) + "/stack/update", null).expect(202);

        awaitStack(owner, environment.uri(), "UPDATE_COMPLETE");
        assertThat(root).isDirectory();
    }

    /**
     * db-scheduler drops a run whose task instance still exists; when every run of an environment had the same
     * instance, an update asked for while the creation run was finishing never ran, and the stack stayed
     * UPDATE_IN_PROGRESS for good (about one try in twelve). Watching the stack closely makes that moment likely.
     */
    @Test
    void updateAskedForTheMomentTheStackIsCreatedCompletes() throws InterruptedException {
        Organization organization = newOrganization();
        Caller owner = organization.admin().api();

        for (int attempt = 0; attempt < 12; attempt++) {
            String uri = owner.post(ENVIRONMENTS, linkRequest(organization.uri(), organization.team(), Map.of()))
                    .expect(201).text("uri");
            long deadline = System.nanoTime() + STACK_TIMEOUT.toNanos();
            while (!owner.get(path(uri) + "/stack").expect(200).text("status").equals("CREATE_COMPLETE")
                    && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }

            owner.post(path(uri) + "/stack/update", null).expect(202);

            awaitStack(owner, uri, "UPDATE_COMPLETE");
        }
    }

    @Test
    void stackOfAnUnknownEnvironmentDoesNotExist() {
        Caller caller = user(team()).api();

        assertThat(caller.get(path("zzzzzzzz") + "/stack").problem(404)).isEqualTo("Environment 'zzzzzzzz' does not exist");
        assertThat(caller.post(path("zzzzzzzz") + "/stack/update", null).problem(404))
                .isEqualTo("Environment 'zzzzzzzz' does not exist");
    }

    private static Path storageRoot(Environment environment) {
        return Path.of(environment.owner().api().get(path(environment.uri())).expect(200).text("storageRoot"));
    }
}
