package io.lakegate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.lakegate.catalog.internal.index.CatalogQuery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calls of Lakegate's HTTP API that the catalog benchmark makes, one at a time, once signed in. */
final class LakegateClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REINDEX_TASK = "catalog-reindex";
    private static final String PERIODIC_REINDEX_TASK = "catalog-reindex-all";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private String token;

    /** A background task's run; {@code finishedAt} is null while it runs. */
    record TaskRun(String instance, String status, Instant startedAt, Instant finishedAt, String error) {
    }

    /**
     * The heap in use, garbage included (the sum over the heap's pools), and the live data: the old generation
     * after the last collection.
     */
    record Heap(long usedBytes, long liveBytes) {
    }

    /** A page of search hits: the total, and the time from sending the request to the end of the answer. */
    record SearchAnswer(long total, double millis) {
    }

    LakegateClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    boolean healthy() throws InterruptedException {
        try {
            HttpResponse<String> health = http.send(request("/actuator/health").build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        }
        catch (IOException e) {
            return false;
        }
    }

    void signIn(String username, String password) throws IOException, InterruptedException {
        String credentials = JSON.writeValueAsString(Map.of("username", username, "password", password));
        token = json(request("/api/v1/auth/token").POST(HttpRequest.BodyPublishers.ofString(credentials))
                .header("Content-Type", "application/json"), 200).path("access_token").asString();
    }

    /** Asks for a full reindex; returns the task instance. */
    String requestReindex() throws IOException, InterruptedException {
        return json(request("/api/v1/admin/catalog/reindex").POST(HttpRequest.BodyPublishers.noBody()), 202)
                .path("task").asString();
    }

    /** The latest runs of the full reindex asked for, newest first. */
    List<TaskRun> reindexRuns() throws IOException, InterruptedException {
        return json(request("/api/v1/admin/tasks?task=" + REINDEX_TASK).GET(), 200).path("runs").path("items")
                .valueStream()
                .map(run -> new TaskRun(run.path("instance").asString(), run.path("status").asString(),
                        instant(run.path("startedAt")), instant(run.path("finishedAt")), run.path("error").asString()))
                .toList();
    }

    /** Whether a full reindex, asked for or periodic, waits or runs. */
    boolean reindexing() throws IOException, InterruptedException {
        return json(request("/api/v1/admin/tasks").GET(), 200).path("scheduled").valueStream()
                .anyMatch(task -> task.path("taskName").asString().equals(REINDEX_TASK)
                        || task.path("taskName").asString().equals(PERIODIC_REINDEX_TASK) && task.path("running").asBoolean());
    }

    SearchAnswer search(CatalogQuery query) throws IOException, InterruptedException {
        HttpRequest request = request("/api/v1/catalog/search?" + parameters(query)).GET().build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - started) / 1e6;
        return new SearchAnswer(JSON.readTree(body(response, 200)).path("total").asLong(), millis);
    }

    /** The server's heap now, from its Prometheus metrics. */
    Heap heap() throws IOException, InterruptedException {
        List<String> metrics = body(http.send(request("/actuator/prometheus").GET().build(),
                HttpResponse.BodyHandlers.ofString()), 200).lines().toList();
        return new Heap(sum(metrics, "jvm_memory_used_bytes{", "area=\"heap\""),
                sum(metrics, "jvm_gc_live_data_size_bytes", ""));
    }

    /** The sum of the samples of a metric whose line starts with {@code metric} and contains {@code label}. */
    private static long sum(List<String> metrics, String metric, String label) {
        return (long) metrics.stream()
                .filter(line -> line.startsWith(metric) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static Instant instant(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? null : Instant.parse(value.asString());
    }

    private static String parameters(CatalogQuery query) {
        StringJoiner parameters = new StringJoiner("&");
        if (!query.text().isBlank()) {
            parameters.add("q=" + encoded(query.text()));
        }
        add(parameters, "type", query.types().stream().map(Enum::name).toList());
        add(parameters, "tags", query.tags());
        add(parameters, "topics", query.topics());
        add(parameters, "region", query.regions());
        add(parameters, "classification", query.classifications());
        add(parameters, "terms", query.terms());
        return parameters.add("page=" + query.page()).add("size=" + query.size()).toString();
    }

    private static void add(StringJoiner parameters, String name, Collection<String> values) {
        values.forEach(value -> parameters.add(name + "=" + encoded(value)));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private JsonNode json(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
        return JSON.readTree(body(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), expectedStatus));
    }

    private static String body(HttpResponse<String> response, int expectedStatus) throws IOException {
        if (response.statusCode() != expectedStatus) {
            throw new IOException("%s %s answered %d instead of %d: %s".formatted(response.request().method(),
                    response.request().uri(), response.statusCode(), expectedStatus, response.body()));
        }
        return response.body();
    }
}
