package io.lakegate.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.lakegate.access.Grants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Items added and removed, auto-approval, verify and re-apply, dataset shares and item history through HTTP. */
class ShareLifecycleTest extends ShareTestSupport {

    @Autowired
    Grants grants;

    @Test
    void itemsComeAndGoWhileTheShareIsNotProcessing() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        String uri = open(consumer, data, null, List.of()).path("uri").asString();
        assertThat(consumer.api().post(share(uri) + "/submit", null).problem(409)).contains("has no items to submit");

        JsonNode offered = consumer.api().get(share(uri) + "/shareable-items").expect(200).json();
        assertThat(offered.valueStream().map(item -> item.path("type").asString() + " " + item.path("name").asString()))
                .containsExactly("DATASET " + data.dataset().view().path("name").asString(), "TABLE sales", "FOLDER reports");
        assertThat(offered.valueStream()).allSatisfy(item -> assertThat(item.path("status").isNull()).isTrue());

        JsonNode withTable = data.owner().post(share(uri) + "/items", tableItem(data)).expect(200).json();
        assertThat(withTable.path("items")).hasSize(1);
        consumer.api().post(share(uri) + "/items", tableItem(data)).expect(200);
        JsonNode withFolder = consumer.api().post(share(uri) + "/items", folderItem(data)).expect(200).json();
        assertThat(withFolder.path("items")).hasSize(2);
        String folderItem = itemsByName(withFolder).get("reports").path("uri").asString();
        consumer.api().post(share(uri) + "/items", Map.of("type", "TABLE", "uri", data.folder())).problem(400);
        consumer.api().post(share(uri) + "/items", Map.of("type", "TABLE", "uri", sharedData().table())).problem(400);
        user(team()).api().post(share(uri) + "/items", folderItem(data)).problem(403);

        assertThat(consumer.api().delete(share(uri) + "/items/" + folderItem).expect(200).json().path("items")).hasSize(1);
        consumer.api().delete(share(uri) + "/items/" + folderItem).problem(404);

        consumer.api().post(share(uri) + "/submit", null).expect(200);
        JsonNode approved = data.owner().post(share(uri) + "/approve", null).expect(200).json();
        String tableItem = approved.path("items").get(0).path("uri").asString();
        assertThat(consumer.api().delete(share(uri) + "/items/" + tableItem).problem(409))
                .contains("Share_Succeeded cannot go to [Deleted]");

        JsonNode draftAgain = consumer.api().post(share(uri) + "/items", folderItem(data)).expect(200).json();
        assertThat(draftAgain.path("status").asString()).as("adding to a processed share").isEqualTo("DRAFT");
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        assertThat(data.owner().post(share(uri) + "/approve", null).expect(200).json().path("counts").path("shared").asLong())
                .isEqualTo(2);
        assertThat(consumer.api().get(download(data.folder(), "q1.txt")).expect(200).body()).isEqualTo("first quarter");
    }

    @Test
    void anItemThatCannotBeSharedFailsWithTheReasonAndIsRequestedAgain() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        JsonNode draft = open(consumer, data, null, List.of(tableItem(data), folderItem(data)));
        String uri = draft.path("uri").asString();
        String tableItem = itemsByName(draft).get("sales").path("uri").asString();
        String filter = data.owner().post("/api/v1/tables/" + data.table() + "/data-filters",
                Map.of("name", "ids", "columns", List.of("id"))).expect(201).text("uri");
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        data.owner().put(share(uri) + "/items/" + tableItem + "/data-filter", Map.of("filterUri", filter)).expect(200);
        data.owner().delete("/api/v1/data-filters/" + filter).expect(204);

        JsonNode processed = data.owner().post(share(uri) + "/approve", null).expect(200).json();

        assertThat(processed.path("status").asString()).isEqualTo("PROCESSED");
        JsonNode failed = itemsByName(processed).get("sales");
        assertThat(failed.path("status").asString()).isEqualTo("SHARE_FAILED");
        assertThat(failed.path("failure").asString()).isEqualTo("its data filter %s no longer exists".formatted(filter));
        assertThat(itemsByName(processed).get("reports").path("status").asString()).isEqualTo("SHARE_SUCCEEDED");
        assertThat(processed.path("counts").path("failed").asLong()).isEqualTo(1);
        JsonNode run = data.owner().get(share(uri) + "/logs").expect(200).json().get(0);
        assertThat(run.path("run").path("status").asString()).isEqualTo("FAILED");
        assertThat(run.path("lines").valueStream().filter(line -> line.path("level").asString().equals("ERROR"))
                .map(line -> line.path("message").asString()))
                .containsExactly("Table sales: sharing failed: its data filter %s no longer exists".formatted(filter));
        assertThat(consumer.api().get("/api/v1/notifications").expect(200).json().path("items").get(0).path("kind")
                .asString()).isEqualTo("SHARE_FAILED");
        consumer.api().get(preview(data.table())).problem(403);

        assertThat(consumer.api().post(share(uri) + "/submit", null).problem(409))
                .contains("Processed cannot go to [Submitted]");
        consumer.api().delete(share(uri) + "/items/" + tableItem).expect(200);
        JsonNode again = consumer.api().post(share(uri) + "/items", tableItem(data)).expect(200).json();
        assertThat(again.path("status").asString()).isEqualTo("DRAFT");
        assertThat(itemsByName(again).get("sales").path("status").asString()).isEqualTo("PENDING_APPROVAL");
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        assertThat(itemsByName(data.owner().post(share(uri) + "/approve", null).expect(200).json()).get("sales")
                .path("status").asString()).isEqualTo("SHARE_SUCCEEDED");
        consumer.api().get(preview(data.table())).expect(200);
    }

    @Test
    void aDatasetWithAutoApprovalGrantsOnSubmit() {
        TestDataset dataset = dataset(producer(), Map.of("autoApproval", true));
        upload(dataset.owner(), dataset.uri(), "sales", "sales.csv", "id\n1\n").expect(201);
        crawl(dataset.owner(), dataset.uri(), "sales");
        SharedData data = new SharedData(dataset, table(dataset.owner(), dataset.uri(), "sales").path("uri").asString(), null);
        Consumer consumer = consumer();
        String uri = open(consumer, data, null, List.of(tableItem(data))).path("uri").asString();

        JsonNode submitted = consumer.api().post(share(uri) + "/submit", null).expect(200).json();

        assertThat(submitted.path("status").asString()).isEqualTo("PROCESSED");
        consumer.api().get(preview(data.table())).expect(200);
    }

    @Test
    void verifyFindsAMissingGrantAndReapplyWritesItAgain() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        String uri = open(consumer, data, null, List.of(tableItem(data))).path("uri").asString();
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        String item = data.owner().post(share(uri) + "/approve", null).expect(200).json().path("items").get(0)
                .path("uri").asString();

        assertThat(grants.revoke(item)).as("the grant drifts away").isTrue();
        consumer.api().get(preview(data.table())).problem(403);
        JsonNode verified = consumer.api().post(share(uri) + "/verify", Map.of("itemUris", List.of(item))).expect(200).json();
        assertThat(verified.path("run").path("status").asString()).isEqualTo("FAILED");
        JsonNode unhealthy = consumer.api().get(share(uri)).expect(200).json().path("items").get(0);
        assertThat(unhealthy.path("healthStatus").asString()).isEqualTo("UNHEALTHY");
        assertThat(unhealthy.path("healthMessage").asString()).contains("is missing");
        assertThat(unhealthy.path("lastVerifiedAt").isNull()).isFalse();

        consumer.api().post(share(uri) + "/reapply", null).problem(403);
        JsonNode reapplied = data.owner().post(share(uri) + "/reapply", null).expect(200).json();
        assertThat(reapplied.path("lines").valueStream().map(line -> line.path("message").asString()))
                .containsExactly("Table sales: grant written anew, healthy");
        consumer.api().get(preview(data.table())).expect(200);

        List<JsonNode> datasetRuns = data.owner().post(path(data.uri()) + "/shares/verify", null).expect(200).json()
                .valueStream().toList();
        assertThat(datasetRuns).singleElement().satisfies(run ->
                assertThat(run.path("run").path("status").asString()).isEqualTo("SUCCEEDED"));
        consumer.api().post(path(data.uri()) + "/shares/verify", null).problem(403);
        assertThat(data.owner().post(share(uri) + "/verify", Map.of("itemUris", List.of("nosuchitem"))).problem(409))
                .contains("nosuchitem");
    }

    @Test
    void aDatasetsSharesAndAnItemsHistoryAreForItsApprovers() {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        String uri = open(consumer, data, null, List.of(tableItem(data))).path("uri").asString();
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        data.owner().post(share(uri) + "/approve", null).expect(200);

        JsonNode shares = data.owner().get(path(data.uri()) + "/shares").expect(200).json();
        assertThat(shares).singleElement().satisfies(share -> {
            assertThat(share.path("requesterTeam").asString()).isEqualTo(consumer.team());
            assertThat(share.path("counts").path("shared").asLong()).isEqualTo(1);
        });
        consumer.api().get(path(data.uri()) + "/shares").problem(403);

        List<String> moves = data.owner().get("/api/v1/share-history/tables/" + data.table()).expect(200).json()
                .valueStream().map(event -> event.path("action").asString() + "->" + event.path("toStatus").asString())
                .toList();
        assertThat(moves).containsExactly("ADD_ITEM->PENDING_APPROVAL", "APPROVE->SHARE_APPROVED",
                "START->SHARE_IN_PROGRESS", "SUCCESS->SHARE_SUCCEEDED");
        consumer.api().get("/api/v1/share-history/tables/" + data.table()).problem(403);
        data.owner().get("/api/v1/share-history/dashboards/" + data.table()).problem(404);
    }
}
