package io.lakegate.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.lakegate.test.LakegateProcess;
import tools.jackson.databind.JsonNode;

/**
 * Datasets for the benchmarks that run Lakegate as its own process: created through the API, filled by writing files
 * into their storage location, crawled into tables.
 */
final class BenchDatasets {

    /** A dataset, the directory its files go to, and the schema its tables are queried in. */
    record Dataset(String uri, Path location, String schema) {
    }

    private final LakegateProcess server;

    BenchDatasets(LakegateProcess server) {
        this.server = server;
    }

    /** The uri of the environment named {@code name}, as the token's user finds it. */
    String environment(String token, String name) throws Exception {
        String term = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return server.call("GET", "/api/v1/environments?term=" + term, token, null, 200).path("items").get(0)
                .path("uri").asString();
    }

    /** A new, empty dataset of {@code team}'s in the environment, created by the token's user. */
    Dataset create(String token, String environment, String team, String name) throws Exception {
        String uri = server.call("POST", "/api/v1/datasets", token, """
                {"environmentUri":"%s","name":"%s","ownerTeam":"%s","confidentiality":"UNCLASSIFIED",
                 "topics":["Bench"],"tags":["bench"]}""".formatted(environment, name, team), 201).path("uri").asString();
        JsonNode view = server.call("GET", "/api/v1/datasets/" + uri, token, null, 200);
        return new Dataset(uri, Path.of(view.path("storageLocation").asString()), view.path("schemaName").asString());
    }

    /** Crawls the files under {@code prefix} (a table per directory) and waits until the crawl succeeded. */
    void crawl(String token, Dataset dataset, String prefix) throws Exception {
        String jobs = "/api/v1/datasets/" + dataset.uri() + "/jobs/";
        String crawl = server.call("POST", "/api/v1/datasets/" + dataset.uri() + "/crawls", token,
                "{\"prefix\":\"%s\"}".formatted(prefix), 202).path("uri").asString();
        while (true) {
            JsonNode job = server.call("GET", jobs + crawl, token, null, 200);
            switch (job.path("status").asString()) {
                case "SUCCEEDED" -> {
                    return;
                }
                case "FAILED" -> throw new IllegalStateException("The crawl of %s failed: %s".formatted(prefix, job));
                default -> Thread.sleep(50);
            }
        }
    }
}
