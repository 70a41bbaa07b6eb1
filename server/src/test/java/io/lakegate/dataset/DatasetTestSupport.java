package io.lakegate.dataset;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import io.lakegate.test.Response;
import tools.jackson.databind.JsonNode;

/** Fixtures shared by the dataset tests: a producer team with an environment, datasets, uploads, crawls. */
public abstract class DatasetTestSupport extends ApiTest {

    protected static final String DATASETS = "/api/v1/datasets";

    /** A team that owns an organization and an environment, with one of its users. */
    public record Producer(String team, TestUser user, String organization, String environment) {

        public Caller api() {
            return user.api();
        }
    }

    /** A dataset with the producer that owns it. */
    public record TestDataset(Producer producer, String uri, JsonNode view) {

        public Caller owner() {
            return producer.api();
        }
    }

    protected Producer producer() {
        String team = team();
        TestUser user = user(team);
        String organization = organization(user.api(), team);
        return new Producer(team, user, organization, environment(user.api(), organization, team));
    }

    protected TestDataset dataset() {
        return dataset(producer(), Map.of());
    }

    protected TestDataset dataset(Producer producer, Map<String, Object> changes) {
        Response created = producer.api().post(DATASETS, createRequest(producer, changes)).expect(201);
        return new TestDataset(producer, created.text("uri"), created.json());
    }

    /** A valid create request for the producer's environment and team, with {@code changes} applied. */
    protected static Map<String, Object> createRequest(Producer producer, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of("environmentUri", producer.environment(),
                "name", unique("Sales"), "description", "for tests", "ownerTeam", producer.team(),
                "confidentiality", "UNCLASSIFIED", "topics", List.of("Finance"), "tags", List.of("test")));
        body.putAll(changes);
        return body;
    }

    protected static String path(String dataset) {
        return DATASETS + "/" + dataset;
    }

    /** Uploads {@code content} as a raw body named {@code filename} under {@code prefix}. */
    protected Response upload(Caller caller, String dataset, String prefix, String filename, byte[] content) {
        return caller.send("%s/uploads?prefix=%s&filename=%s".formatted(path(dataset), encode(prefix), encode(filename)),
                "POST", content, "application/octet-stream");
    }

    protected Response upload(Caller caller, String dataset, String prefix, String filename, String content) {
        return upload(caller, dataset, prefix, filename, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Uploads files as one multipart body; {@code files} maps file names to contents. */
    protected Response uploadMultipart(Caller caller, String dataset, String prefix, Map<String, String> files) {
        String boundary = "lakegate-test-boundary";
        StringBuilder body = new StringBuilder();
        files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(name).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return caller.send("%s/uploads?prefix=%s".formatted(path(dataset), encode(prefix)), "POST",
                body.toString().getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary);
    }

    /** Crawls {@code prefix} of the dataset and waits for the crawl to finish; returns its job. */
    protected JsonNode crawl(Caller caller, String dataset, String prefix) {
        String job = caller.post(path(dataset) + "/crawls", Map.of("prefix", prefix)).expect(202).text("uri");
        return awaitJob(caller, dataset, job);
    }

    protected JsonNode awaitJob(Caller caller, String dataset, String job) {
        return Eventually.eventually("job " + job, () -> caller.get(path(dataset) + "/jobs/" + job).expect(200).json(),
                node -> node.path("status").asString().equals("SUCCEEDED") || node.path("status").asString().equals("FAILED"));
    }

    /** The dataset's table of that name. */
    protected JsonNode table(Caller caller, String dataset, String name) {
        for (JsonNode table : caller.get(path(dataset) + "/tables").expect(200).json()) {
            if (table.path("name").asString().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("Dataset %s has no table %s".formatted(dataset, name));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
