package io.lakegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The main flow of the guide's chapters 3.1 to 3.3 through the API: an admin sets up teams and users, an
 * organization's admin team lets a producer team link an environment, the producers invite a consumer team,
 * and a READ_ONLY maintenance window stops everyone's changes but the admins' until it ends.
 */
class EndToEndTest extends ApiTest {

    private static final String READ_ONLY_REFUSAL =
            "Lakegate is in READ_ONLY maintenance: changes are not allowed until the maintenance window ends";

    @Test
    void organizationEnvironmentTeamsAndMaintenanceWindow() {
        Caller admin = admin();
        String orgAdmins = team("OrgAdmins");
        String producers = team("Producers");
        String consumers = team("Consumers");
        TestUser orgAdmin = user(orgAdmins);
        TestUser producer = user(producers);
        TestUser consumer = user(consumers);

        String organization = orgAdmin.api().post("/api/v1/organizations", Map.of("name", unique("AnyCompany"),
                "description", "The whole company", "team", orgAdmins, "tags", List.of("demo"))).expect(201).text("uri");
        inviteToOrganization(orgAdmin.api(), organization, producers, "LINK_ENVIRONMENT");
        assertThat(producer.api().get("/api/v1/organizations/" + organization).expect(200).text("userRole"))
                .isEqualTo("INVITED");

        JsonNode linked = producer.api().post("/api/v1/environments", Map.of("organizationUri", organization,
                "name", unique("Data Science"), "description", "Data science projects", "region", "eu-west-1",
                "resourcePrefix", "ds", "team", producers, "tags", List.of("science"))).expect(201).json();
        String environment = linked.path("uri").asString();
        assertThat(linked.path("userRole").asString()).isEqualTo("OWNER");
        assertThat(awaitStack(producer.api(), environment, "CREATE_COMPLETE")).isEqualTo("CREATE_COMPLETE");
        assertThat(Path.of(linked.path("storageRoot").asString())).isDirectory();

        producer.api().post("/api/v1/environments/" + environment + "/teams", Map.of("team", consumers,
                "permissions", Set.of("CREATE_DATASET", "CREATE_SHARE", "RUN_WORKSHEETS", "MANAGE_CONSUMPTION_PRINCIPALS")))
                .expect(201);
        JsonNode consumersList = consumer.api().get("/api/v1/environments").expect(200).json();
        assertThat(consumersList.path("total").asInt()).isEqualTo(1);
        assertThat(consumersList.path("items").path(0).path("uri").asString()).isEqualTo(environment);
        assertThat(consumersList.path("items").path(0).path("userRole").asString()).isEqualTo("INVITED");
        String principal = producer.api().post("/api/v1/environments/" + environment + "/consumption-principals",
                Map.of("name", unique("nightly-etl"), "team", producers)).expect(201).text("uri");

        admin.post("/api/v1/admin/maintenance", Map.of("mode", "READ_ONLY")).expect(200);
        try {
            assertThat(editEnvironment(producer, environment, "edited in maintenance").problem(503)).isEqualTo(READ_ONLY_REFUSAL);
            assertThat(createPrincipal(consumer, environment, consumers).problem(503)).isEqualTo(READ_ONLY_REFUSAL);
            assertThat(consumer.api().get("/api/v1/environments/" + environment).expect(200).text("description"))
                    .as("reads go on").isEqualTo("Data science projects");

            String rotated = admin.post("/api/v1/consumption-principals/" + principal + "/rotate-token", null)
                    .expect(200).text("token");
            assertThat(withToken(rotated).get("/api/v1/me").expect(200).text("kind")).isEqualTo("CONSUMPTION_PRINCIPAL");
        }
        finally {
            admin.delete("/api/v1/admin/maintenance").expect(200);
        }

        editEnvironment(producer, environment, "edited after maintenance").expect(200);
        createPrincipal(consumer, environment, consumers).expect(201);
        assertThat(consumer.api().get("/api/v1/environments/" + environment).expect(200).text("description"))
                .isEqualTo("edited after maintenance");
        assertThat(awaitStack(producer.api(), environment, "UPDATE_COMPLETE"))
                .as("background provisioning resumes with the window's end").isEqualTo("UPDATE_COMPLETE");
        assertThat(consumer.api().get("/api/v1/environments/" + environment + "/consumption-principals").expect(200)
                .json().valueStream().map(found -> found.path("ownerTeam").asString()))
                .containsExactlyInAnyOrder(producers, consumers);
    }

    /** A new team whose name starts with {@code prefix}, created by the admin. */
    private String team(String prefix) {
        String name = unique(prefix);
        admin().post("/api/v1/admin/teams", Map.of("name", name)).expect(201);
        return name;
    }

    private static Response editEnvironment(TestUser owner, String environment, String description) {
        return owner.api().patch("/api/v1/environments/" + environment, Map.of("description", description));
    }

    private static Response createPrincipal(TestUser member, String environment, String team) {
        return member.api().post("/api/v1/environments/" + environment + "/consumption-principals",
                Map.of("name", unique("dashboard-reader"), "team", team));
    }

    /** Polls the environment's stack until it reaches {@code status}, for up to ten seconds; returns the status. */
    private static String awaitStack(Caller owner, String environment, String status) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        String last;
        do {
            last = owner.get("/api/v1/environments/" + environment + "/stack").expect(200).text("status");
            if (last.equals(status)) {
                return last;
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        while (System.nanoTime() < deadline);
        return fail("The stack of environment %s is still %s, not %s", environment, last, status);
    }
}
