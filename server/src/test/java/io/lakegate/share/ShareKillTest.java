package io.lakegate.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.lakegate.test.LakegateProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A share being processed when the server is killed with -9 is finished after the restart: Lakegate runs as its
 * own process (demo mode), a share of {@value #TABLES} tables is approved, and the process is killed while the
 * share is Share_In_Progress with some of its items shared and others not yet.
 */
class ShareKillTest {

    private static final int TABLES = 1_500;
    private static final List<String> DEMO = List.of("--lakegate.demo.enabled=true");

    private final LakegateProcess server = new LakegateProcess("share-kill");

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void aShareInProgressWhenKilledFinishesAfterRestart() throws Exception {
        server.start(DEMO);
        String john = server.token("john", "demo");
        String maria = server.token("maria", "demo");
        String dataset = server.call("POST", "/api/v1/datasets", john, """
                {"environmentUri":"%s","name":"bulk","ownerTeam":"DataScienceTeam","confidentiality":"UNCLASSIFIED",
                 "topics":["Bulk"],"tags":["bulk"]}""".formatted(environment(john, "Data Science")), 201)
                .path("uri").asString();
        Path location = Path.of(server.call("GET", "/api/v1/datasets/" + dataset, john, null, 200)
                .path("storageLocation").asString());
        for (int i = 0; i < TABLES; i++) {
            Path directory = Files.createDirectories(location.resolve("bulk/t%04d".formatted(i)));
            Files.writeString(directory.resolve("part.csv"), "id,value\n1,%d\n".formatted(i));
        }
        String crawl = server.call("POST", "/api/v1/datasets/" + dataset + "/crawls", john, "{\"prefix\":\"bulk\"}", 202)
                .path("uri").asString();
        awaitUntil("the crawl", () -> server.call("GET", "/api/v1/datasets/" + dataset + "/jobs/" + crawl, john, null, 200)
                .path("status").asString().equals("SUCCEEDED"), Duration.ofMinutes(3));
        String items = server.call("GET", "/api/v1/datasets/" + dataset + "/tables", john, null, 200).valueStream()
                .map(table -> "{\"type\":\"TABLE\",\"uri\":\"%s\"}".formatted(table.path("uri").asString()))
                .collect(Collectors.joining(","));
        String share = server.call("POST", "/api/v1/shares", maria, """
                {"datasetUri":"%s","environmentUri":"%s","requesterTeam":"DataAnalysisTeam","items":[%s]}"""
                .formatted(dataset, environment(maria, "Data Analysis"), items), 201).path("uri").asString();
        server.call("POST", "/api/v1/shares/" + share + "/submit", maria, null, 200);

        CompletableFuture.runAsync(() -> {
            try {
                server.call("POST", "/api/v1/shares/" + share + "/approve", john, null, 200, Duration.ofSeconds(1));
            }
            catch (Exception answerCutOffByTheKill) {
                // the approval is committed before processing starts; its answer does not matter here
            }
        });
        awaitUntil("some items shared", () -> {
            JsonNode seen = server.call("GET", "/api/v1/shares/" + share, maria, null, 200);
            return seen.path("status").asString().equals("SHARE_IN_PROGRESS") && seen.path("counts").path("shared").asLong() > 0;
        }, Duration.ofMinutes(1));
        server.kill();

        server.start(DEMO);
        String mariaAgain = server.token("maria", "demo");
        JsonNode cutShort = server.call("GET", "/api/v1/shares/" + share, mariaAgain, null, 200);
        assertThat(cutShort.path("counts").path("shared").asLong()).as("killed halfway").isLessThan(TABLES);
        awaitUntil("the share to be processed", () -> server.call("GET", "/api/v1/shares/" + share, mariaAgain, null, 200)
                .path("status").asString().equals("PROCESSED"), Duration.ofMinutes(2));
        JsonNode finished = server.call("GET", "/api/v1/shares/" + share, mariaAgain, null, 200);
        assertThat(finished.path("counts").path("shared").asLong()).isEqualTo(TABLES);
        assertThat(finished.path("items").valueStream().map(item -> item.path("status").asString()).distinct())
                .containsExactly("SHARE_SUCCEEDED");
        List<JsonNode> runs = server.call("GET", "/api/v1/shares/" + share + "/logs", server.token("john", "demo"), null, 200)
                .valueStream().toList();
        assertThat(runs).extracting(run -> run.path("run").path("status").asString()).containsExactly("SUCCEEDED", "INTERRUPTED");
        assertThat(runs.getFirst().path("lines").get(0).path("message").asString()).startsWith("Resumed sharing");
        String table = finished.path("items").get(TABLES - 1).path("itemUri").asString();
        assertThat(server.call("GET", "/api/v1/tables/" + table + "/preview", mariaAgain, null, 200).path("rows")).hasSize(1);
    }

    private String environment(String token, String name) throws Exception {
        return server.call("GET", "/api/v1/environments?term=" + URLEncoder.encode(name, StandardCharsets.UTF_8), token, null, 200)
                .path("items").get(0).path("uri").asString();
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitUntil(String what, Condition condition, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!condition.holds()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
