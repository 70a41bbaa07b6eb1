package io.lakegate.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Concurrent approve, revoke and add-item calls on one share take turns: no item is lost or doubled. */
class ShareConcurrencyTest extends ShareTestSupport {

    private static final int CALLS = 20;

    @Test
    void twentyConcurrentCallsEndInAConsistentState() throws Exception {
        SharedData data = sharedData();
        List<String> tables = new ArrayList<>(List.of(data.table()));
        for (String name : List.of("orders", "stores", "tills")) {
            upload(data.owner(), data.uri(), name, name + ".csv", "id\n1\n").expect(201);
            crawl(data.owner(), data.uri(), name);
            tables.add(table(data.owner(), data.uri(), name).path("uri").asString());
        }
        Consumer consumer = consumer();
        String uri = open(consumer, data, null, List.of(tableItem(data))).path("uri").asString();
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        JsonNode approved = data.owner().post(share(uri) + "/approve", null).expect(200).json();
        String salesItem = approved.path("items").get(0).path("uri").asString();

        List<Runnable> calls = new ArrayList<>();
        List<Response> responses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < CALLS; i++) {
            Caller caller = i % 2 == 0 ? consumer.api() : data.owner();
            calls.add(switch (i % 4) {
                case 0 -> () -> responses.add(caller.post(share(uri) + "/items", Map.of("type", "TABLE", "uri",
                        tables.get(1 + (responses.size() % 3)))));
                case 1 -> () -> responses.add(data.owner().post(share(uri) + "/approve", null));
                case 2 -> () -> responses.add(caller.post(share(uri) + "/revoke", Map.of("itemUris", List.of(salesItem))));
                default -> () -> responses.add(consumer.api().post(share(uri) + "/submit", null));
            });
        }
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(CALLS)) {
            List<Future<?>> running = calls.stream().map(call -> threads.submit(() -> {
                start.await();
                call.run();
                return null;
            })).collect(Collectors.toList());
            start.countDown();
            for (Future<?> call : running) {
                call.get();
            }
        }

        assertThat(responses).hasSize(CALLS).allSatisfy(response -> assertThat(response.status()).isIn(200, 409));
        JsonNode settled = Eventually.eventually("the share to settle",
                () -> data.owner().get(share(uri)).expect(200).json(),
                share -> !Set.of("APPROVED", "REVOKED", "SHARE_IN_PROGRESS", "REVOKE_IN_PROGRESS")
                        .contains(share.path("status").asString()));
        List<String> itemTargets = settled.path("items").valueStream().map(item -> item.path("itemUri").asString()).toList();
        assertThat(itemTargets).as("no item twice").doesNotHaveDuplicates();
        assertThat(itemTargets).as("no item lost").contains(data.table())
                .containsAll(responses.stream().filter(response -> response.status() == 200)
                        .flatMap(response -> response.json().path("items").valueStream())
                        .map(item -> item.path("itemUri").asString()).distinct().toList());
        for (JsonNode item : settled.path("items")) {
            boolean shared = Set.of("SHARE_SUCCEEDED", "REVOKE_FAILED").contains(item.path("status").asString());
            assertThat(item.path("status").asString()).as(item.path("name").asString())
                    .isNotIn("SHARE_IN_PROGRESS", "REVOKE_IN_PROGRESS", "SHARE_APPROVED", "REVOKE_APPROVED");
            assertThat(consumer.api().get(preview(item.path("itemUri").asString())).status())
                    .as("preview of %s, %s", item.path("name").asString(), item.path("status").asString())
                    .isEqualTo(shared ? 200 : 403);
        }
        assertThat(data.owner().post(share(uri) + "/verify", null).expect(200).json().path("run").path("status").asString())
                .as("every shared item's grant is in place").isEqualTo("SUCCEEDED");
    }
}
