package io.lakegate.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Share requests end to end through HTTP: access follows each decision at once, and only then. */
class SharesTest extends ShareTestSupport {

    @Test
    void approvalGrantsReadOnTheTableAndFolderAtOnceAndRevokeTakesItBack() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        Caller maria = consumer.api();
        maria.get(preview(data.table())).problem(403);
        maria.post(profilingRuns(data.table()), null).problem(403);
        maria.get(download(data.folder(), "q1.txt")).problem(403);
        maria.get("/api/v1/folders/" + data.folder() + "/objects").problem(403);

        JsonNode draft = open(consumer, data, null, List.of(tableItem(data), folderItem(data)));
        String uri = draft.path("uri").asString();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("roles").valueStream().map(JsonNode::asString)).containsExactly("REQUESTER");
        assertThat(itemsByName(draft).values()).extracting(item -> item.path("status").asString())
                .containsOnly("PENDING_APPROVAL");
        JsonNode again = maria.post(SHARES, Map.of("datasetUri", data.uri(), "environmentUri", consumer.environment(),
                "requesterTeam", consumer.team(), "items", List.of(tableItem(data)))).expect(200).json();
        assertThat(again.path("uri").asString()).as("the open request is reused").isEqualTo(uri);
        assertThat(again.path("items")).hasSize(2);

        JsonNode submitted = maria.post(share(uri) + "/submit", null).expect(200).json();
        assertThat(submitted.path("status").asString()).isEqualTo("SUBMITTED");
        maria.get(preview(data.table())).problem(403);

        JsonNode approved = data.owner().post(share(uri) + "/approve", null).expect(200).json();
        assertThat(approved.path("status").asString()).isEqualTo("PROCESSED");
        assertThat(itemsByName(approved).values()).allSatisfy(item -> {
            assertThat(item.path("status").asString()).isEqualTo("SHARE_SUCCEEDED");
            assertThat(item.path("healthStatus").asString()).isEqualTo("HEALTHY");
        });
        assertThat(approved.path("counts").path("shared").asLong()).isEqualTo(2);

        JsonNode preview = maria.get(preview(data.table())).expect(200).json();
        assertThat(preview.path("rows")).hasSize(3);
        String profile = maria.post(profilingRuns(data.table()), null).expect(202).text("uri");
        Eventually.eventually("maria's profiling run",
                () -> maria.get(profilingRuns(data.table()) + "/" + profile).expect(200).json(),
                run -> run.path("status").asString().equals("SUCCEEDED"));
        assertThat(maria.get(download(data.folder(), "q1.txt")).expect(200).body()).isEqualTo("first quarter");
        assertThat(maria.get("/api/v1/folders/" + data.folder() + "/objects").expect(200).json().path("objects")
                .valueStream().map(object -> object.path("key").asString())).containsExactly("q1.txt");
        maria.get(path(data.uri()) + "/objects").problem(403);
        String datasetName = data.dataset().view().path("name").asString();
        assertThat(maria.get("/api/v1/catalog/search?q=" + datasetName + "&type=DATASET").expect(200).json().path("hits")
                .get(0).path("access").asString()).as("the catalog tells maria she reads it").isEqualTo("SHARED");
        assertThat(maria.get(DATASETS + "?term=" + data.dataset().view().path("name").asString()).expect(200).json()
                .path("items").get(0).path("userRole").asString()).isEqualTo("SHARED");
        String word = uniqueWord("ledger");
        data.owner().patch("/api/v1/tables/" + data.table(), Map.of("description", "Sales " + word)).expect(200);
        data.owner().patch("/api/v1/folders/" + data.folder(), Map.of("description", "Reports " + word)).expect(200);
        assertThat(catalogAccess(maria, word)).containsOnly(entry(data.table(), "SHARED"), entry(data.folder(), "SHARED"));

        JsonNode revoked = maria.post(share(uri) + "/revoke", Map.of("itemUris",
                List.of(itemsByName(approved).get("sales").path("uri").asString()))).expect(200).json();
        assertThat(revoked.path("status").asString()).isEqualTo("PROCESSED");
        assertThat(itemsByName(revoked).get("sales").path("status").asString()).isEqualTo("REVOKE_SUCCEEDED");
        maria.get(preview(data.table())).problem(403);
        assertThat(catalogAccess(maria, word)).as("the catalog tells the table apart from the folder still shared")
                .containsOnly(entry(data.table(), "NONE"), entry(data.folder(), "SHARED"));
        assertThat(maria.get("/api/v1/catalog/search?q=" + datasetName + "&type=DATASET").expect(200).json().path("hits")
                .get(0).path("access").asString()).isEqualTo("SHARED");
        maria.post(profilingRuns(data.table()), null).problem(403);
        maria.get(profilingRuns(data.table()) + "/" + profile).problem(403);
        assertThat(maria.get(download(data.folder(), "q1.txt")).expect(200).body()).isEqualTo("first quarter");

        List<JsonNode> runs = data.owner().get(share(uri) + "/logs").expect(200).json().valueStream().toList();
        assertThat(runs).hasSize(2);
        assertThat(runs.getFirst().path("lines").valueStream().map(line -> line.path("message").asString()))
                .anySatisfy(line -> assertThat(line).contains("Table sales: read revoked"));
        maria.get(share(uri) + "/logs").problem(403);
    }

    /** The caller's access per asset found by {@code text}, by uri. */
    private static Map<String, String> catalogAccess(Caller caller, String text) {
        return caller.get("/api/v1/catalog/search?size=100&q=" + text).expect(200).json().path("hits").valueStream()
                .collect(Collectors.toMap(hit -> hit.path("asset").path("uri").asString(),
                        hit -> hit.path("access").asString()));
    }

    private static String profilingRuns(String table) {
        return "/api/v1/tables/" + table + "/profiling-runs";
    }

    @Test
    void anApproverAttachesADataFilterAndTheRequesterSeesOnlyItsColumnsAndRows() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        JsonNode principal = consumer.api().post("/api/v1/environments/" + consumer.environment() + "/consumption-principals",
                Map.of("name", unique("etl"), "team", consumer.team())).expect(201).json();
        String filter = data.owner().post("/api/v1/tables/" + data.table() + "/data-filters", Map.of("name", "north only",
                "columns", List.of("id", "amount"), "rowExpression", "region = 'north'")).expect(201).text("uri");
        for (String consumptionPrincipal : java.util.Arrays.asList(null, principal.path("uri").asString())) {
            Caller reader = consumptionPrincipal == null ? consumer.api() : withToken(principal.path("token").asString());
            JsonNode draft = open(consumer, data, consumptionPrincipal, List.of(tableItem(data)));
            String uri = draft.path("uri").asString();
            String item = draft.path("items").get(0).path("uri").asString();
            consumer.api().put(share(uri) + "/items/" + item + "/data-filter", Map.of("filterUri", filter)).problem(403);
            consumer.api().post(share(uri) + "/submit", null).expect(200);
            data.owner().put(share(uri) + "/items/" + item + "/data-filter", Map.of("filterUri", "nosuchfilter")).problem(400);
            JsonNode filtered = data.owner().put(share(uri) + "/items/" + item + "/data-filter", Map.of("filterUri", filter))
                    .expect(200).json();
            assertThat(filtered.path("items").get(0).path("filterUri").asString()).isEqualTo(filter);
            data.owner().post(share(uri) + "/approve", null).expect(200);

            JsonNode preview = reader.get(preview(data.table())).expect(200).json();
            assertThat(preview.path("columns").valueStream().map(column -> column.path("name").asString()))
                    .containsExactly("id", "amount");
            assertThat(preview.path("rows").valueStream().map(row -> row.get(0).asLong())).containsExactly(1L, 3L);
            assertThat(data.owner().delete("/api/v1/data-filters/" + filter).problem(409)).contains(filter);

            data.owner().post(share(uri) + "/revoke", Map.of("itemUris", List.of(item))).expect(200);
            reader.get(preview(data.table())).problem(403);
        }
        data.owner().delete("/api/v1/data-filters/" + filter).expect(204);
    }

    @Test
    void theWholeDatasetIsReadThroughOneItem() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        JsonNode draft = open(consumer, data, null, List.of(Map.of("type", "DATASET", "uri", data.uri())));
        String uri = draft.path("uri").asString();
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        data.owner().post(share(uri) + "/approve", null).expect(200);

        consumer.api().get(preview(data.table())).expect(200);
        assertThat(consumer.api().get(path(data.uri()) + "/objects?delimiter=/").expect(200).json()
                .path("folders").valueStream().map(JsonNode::asString)).contains("reports/", "sales/");
        assertThat(consumer.api().get(path(data.uri()) + "/content?key=reports/q1.txt").expect(200).body())
                .isEqualTo("first quarter");
    }

    @Test
    void aConsumptionPrincipalReadsWithItsTokenAndItsTeamDoesNot() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        JsonNode principal = consumer.api().post("/api/v1/environments/" + consumer.environment() + "/consumption-principals",
                Map.of("name", unique("etl"), "team", consumer.team())).expect(201).json();
        Caller job = withToken(principal.path("token").asString());
        String uri = open(consumer, data, principal.path("uri").asString(), List.of(tableItem(data), folderItem(data)))
                .path("uri").asString();
        job.get(preview(data.table())).problem(403);
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        JsonNode approved = data.owner().post(share(uri) + "/approve", null).expect(200).json();

        assertThat(job.get(preview(data.table())).expect(200).json().path("rows")).hasSize(3);
        assertThat(job.get(download(data.folder(), "q1.txt")).expect(200).body()).isEqualTo("first quarter");
        consumer.api().get(preview(data.table())).problem(403);

        data.owner().post(share(uri) + "/revoke", Map.of("itemUris", approved.path("items").valueStream()
                .map(item -> item.path("uri").asString()).toList())).expect(200);
        job.get(preview(data.table())).problem(403);
        job.get(download(data.folder(), "q1.txt")).problem(403);
    }

    @Test
    void requestersApproversAndOthersMayDoWhatTheirRoleAllows() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        Caller stranger = user(team()).api();
        String uri = open(consumer, data, null, List.of(tableItem(data))).path("uri").asString();

        stranger.get(share(uri)).problem(403);
        anonymous().get(share(uri)).problem(401);
        assertThat(data.owner().get(share(uri)).expect(200).json().path("roles").valueStream().map(JsonNode::asString))
                .containsExactly("APPROVER");
        data.owner().post(share(uri) + "/submit", null).problem(403);
        stranger.post(share(uri) + "/submit", null).problem(403);
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        consumer.api().post(share(uri) + "/approve", null).problem(403);
        stranger.post(share(uri) + "/reject", Map.of("rejectPurpose", "no")).problem(403);
        stranger.post(SHARES, Map.of("datasetUri", data.uri(), "environmentUri", consumer.environment(),
                "requesterTeam", consumer.team())).problem(403);
        data.owner().post(SHARES, Map.of("datasetUri", data.uri(), "environmentUri", data.dataset().producer().environment(),
                "requesterTeam", data.dataset().producer().team())).problem(400);

        JsonNode rejected = data.owner().post(share(uri) + "/reject", Map.of("rejectPurpose", "Use the aggregated table"))
                .expect(200).json();
        assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("rejectPurpose").asString()).isEqualTo("Use the aggregated table");
        assertThat(rejected.path("items").get(0).path("status").asString()).isEqualTo("SHARE_REJECTED");
        consumer.api().get(preview(data.table())).problem(403);

        consumer.api().post(share(uri) + "/submit", null).expect(200);
        JsonNode approved = data.owner().post(share(uri) + "/approve", null).expect(200).json();
        assertThat(approved.path("items").get(0).path("status").asString()).isEqualTo("SHARE_SUCCEEDED");
        stranger.get(share(uri) + "/logs").problem(403);
        stranger.post(share(uri) + "/revoke", Map.of("itemUris", List.of(approved.path("items").get(0).path("uri").asString())))
                .problem(403);
        assertThat(consumer.api().get(SHARES + "?role=REQUESTER").expect(200).json().path("items").valueStream()
                .map(item -> item.path("uri").asString())).containsExactly(uri);
        assertThat(data.owner().get(SHARES + "?role=APPROVER").expect(200).json().path("items").valueStream()
                .map(item -> item.path("uri").asString())).containsExactly(uri);
        assertThat(stranger.get(SHARES).expect(200).json().path("items")).isEmpty();
    }

    @Test
    void whatIsSharedCannotBeDeleted() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        String uri = open(consumer, data, null, List.of(tableItem(data), folderItem(data))).path("uri").asString();
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        JsonNode approved = data.owner().post(share(uri) + "/approve", null).expect(200).json();

        assertThat(consumer.api().delete(share(uri)).problem(409)).contains("Share_Succeeded cannot go to [Deleted]");
        assertThat(data.owner().delete("/api/v1/tables/" + data.table()).problem(409))
                .contains("revoke all table shares before deletion");
        assertThat(data.owner().delete("/api/v1/folders/" + data.folder()).problem(409))
                .contains("revoke all folder shares before deletion");
        assertThat(data.owner().delete(path(data.uri())).problem(409)).contains("is shared");

        data.owner().post(share(uri) + "/revoke", Map.of("itemUris", approved.path("items").valueStream()
                .map(item -> item.path("uri").asString()).toList())).expect(200);
        data.owner().delete("/api/v1/tables/" + data.table()).expect(204);
        consumer.api().delete(share(uri)).expect(204);
        consumer.api().get(share(uri)).problem(404);
        data.owner().delete(path(data.uri())).expect(204);
    }
}
