package io.lakegate.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.lakegate.test.Eventually;
import io.lakegate.test.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Files in, tables out: uploads of each format, the crawl, the table API, previews and profiles. */
class TablesTest extends DatasetTestSupport {

    private static final String CSV = """
            id,name,amount,day
            1,apple,1.5,2024-01-01
            2,"pear, green",2.25,2024-01-02
            3,plum,,2024-01-03
            4,apple,10.0,2024-01-04
            """;

    @TempDir
    Path temp;

    @Test
    void uploadedFilesOfEveryFormatBecomeTablesWithTheirColumns() throws Exception {
        TestDataset dataset = dataset();
        upload(dataset.owner(), dataset.uri(), "fruit", "fruit.csv", CSV).expect(201);
        upload(dataset.owner(), dataset.uri(), "visits", "visits.tsv", "user\tpages\tmobile\nann\t3\ttrue\nbob\t5\tfalse\n")
                .expect(201);
        upload(dataset.owner(), dataset.uri(), "events", "events.ndjson",
                "{\"kind\":\"click\",\"count\":3}\n{\"kind\":\"view\",\"count\":7}\n").expect(201);
        for (int year : List.of(2023, 2024)) {
            upload(dataset.owner(), dataset.uri(), "orders/year=" + year, "part-0.parquet", parquet(year)).expect(201);
        }

        JsonNode crawl = crawl(dataset.owner(), dataset.uri(), "");

        assertThat(crawl.path("status").asString()).as(crawl.toString()).isEqualTo("SUCCEEDED");
        assertThat(names(crawl.path("result").path("created"))).containsExactlyInAnyOrder("fruit", "visits", "events", "orders");
        assertThat(columns(table(dataset.owner(), dataset.uri(), "fruit"))).containsExactly(
                "id BIGINT", "name VARCHAR", "amount DOUBLE", "day DATE");
        assertThat(columns(table(dataset.owner(), dataset.uri(), "visits"))).containsExactly(
                "user VARCHAR", "pages BIGINT", "mobile BOOLEAN");
        assertThat(columns(table(dataset.owner(), dataset.uri(), "events"))).containsExactly(
                "kind VARCHAR", "count BIGINT");
        JsonNode orders = table(dataset.owner(), dataset.uri(), "orders");
        assertThat(columns(orders)).containsExactly("order_id INTEGER", "total DECIMAL(10,2)", "year BIGINT partition");
        assertThat(orders.path("format").asString()).isEqualTo("PARQUET");
        assertThat(orders.path("statistics").path("objectCount").asLong()).isEqualTo(2);
        assertThat(orders.path("statistics").path("recordCount").asLong()).isEqualTo(6);
        assertThat(orders.path("status").asString()).isEqualTo("InSync");
        assertThat(orders.path("qualifiedName").asString())
                .isEqualTo(dataset.view().path("schemaName").asString() + ".orders");
        assertThat(table(dataset.owner(), dataset.uri(), "visits").path("format").asString()).isEqualTo("CSV");

        JsonNode orderRows = dataset.owner().get("/api/v1/tables/%s/preview".formatted(orders.path("uri").asString()))
                .expect(200).json();
        assertThat(orderRows.path("rows")).hasSize(6);
        assertThat(orderRows.path("rows").valueStream().map(row -> row.get(2).asLong()).distinct())
                .containsExactlyInAnyOrder(2023L, 2024L);
        assertThat(orderRows.path("rows").valueStream().map(row -> row.get(1).asDouble()))
                .containsOnly(0.0, 10.5, 21.0);
        JsonNode eventRows = dataset.owner().get("/api/v1/tables/%s/preview".formatted(
                table(dataset.owner(), dataset.uri(), "events").path("uri").asString())).expect(200).json();
        assertThat(eventRows.path("rows").valueStream().map(row -> row.get(0).asString() + "=" + row.get(1).asLong()))
                .containsExactly("click=3", "view=7");
        JsonNode visitRows = dataset.owner().get("/api/v1/tables/%s/preview".formatted(
                table(dataset.owner(), dataset.uri(), "visits").path("uri").asString())).expect(200).json();
        assertThat(visitRows.path("rows").get(0).get(2).isBoolean()).isTrue();
    }

    @Test
    void previewReturnsTypedRowsToReadersOnly() {
        Producer producer = producer();
        String stewards = team();
        TestUser steward = user(stewards);
        TestDataset dataset = dataset(producer, Map.of("stewardsTeam", stewards));
        upload(dataset.owner(), dataset.uri(), "fruit", "fruit.csv", CSV).expect(201);
        crawl(dataset.owner(), dataset.uri(), "fruit");
        String table = table(dataset.owner(), dataset.uri(), "fruit").path("uri").asString();

        JsonNode preview = dataset.owner().get("/api/v1/tables/" + table + "/preview").expect(200).json();
        assertThat(preview.path("columns").get(0).path("name").asString()).isEqualTo("id");
        assertThat(preview.path("rows")).hasSize(4);
        JsonNode second = preview.path("rows").get(1);
        assertThat(second.get(0).isIntegralNumber()).isTrue();
        assertThat(second.get(1).asString()).isEqualTo("pear, green");
        assertThat(second.get(2).asDouble()).isEqualTo(2.25);
        assertThat(second.get(3).asString()).isEqualTo("2024-01-02");
        assertThat(preview.path("rows").get(2).get(2).isNull()).isTrue();
        assertThat(dataset.owner().get("/api/v1/tables/" + table + "/preview?limit=2").expect(200).json()
                .path("truncated").asBoolean()).isTrue();
        steward.api().get("/api/v1/tables/" + table + "/preview").expect(200);

        TestUser outsider = user(team());
        assertThat(outsider.api().get("/api/v1/tables/" + table + "/preview").problem(403))
                .isEqualTo("User: %s is not authorized to perform: PREVIEW_TABLE on table %s", outsider.username(), table);
        outsider.api().post("/api/v1/tables/" + table + "/profiling-runs", null).problem(403);
        outsider.api().get("/api/v1/tables/" + table + "/profiling-runs").problem(403);
        String run = dataset.owner().post("/api/v1/tables/" + table + "/profiling-runs", null).expect(202).text("uri");
        outsider.api().get("/api/v1/tables/%s/profiling-runs/%s".formatted(table, run)).problem(403);
        steward.api().get("/api/v1/tables/%s/profiling-runs/%s".formatted(table, run)).expect(200);
        outsider.api().get(path(dataset.uri()) + "/jobs/" + run).problem(403);
        assertThat(outsider.api().get(path(dataset.uri()) + "/tables").expect(200).json()).hasSize(1);
        anonymous().get(path(dataset.uri()) + "/tables").problem(401);
        anonymous().get("/api/v1/tables/" + table + "/preview").problem(401);
        assertThat(outsider.api().get("/api/v1/tables/" + table).expect(200).json().path("storageLocation").isNull()).isTrue();
        Problems.badRequest(dataset.owner().get("/api/v1/tables/" + table + "/preview?limit=1001"), "limit");
        Problems.badRequest(dataset.owner().get("/api/v1/tables/" + table + "/preview?limit=0"), "limit");
    }

    @Test
    void profilingComputesEveryMetricOfEveryColumn() {
        TestDataset dataset = dataset();
        StringBuilder csv = new StringBuilder("n,word\n");
        List<Double> numbers = new ArrayList<>();
        List<String> words = new ArrayList<>();
        String[] vocabulary = {"alpha", "beta", "gamma", "delta", "epsilon"};
        for (int i = 0; i < 200; i++) {
            Double number = i % 10 == 0 ? null : (double) ((i * 37) % 101 - 20);
            String word = i % 7 == 0 ? null : vocabulary[(i * i) % vocabulary.length];
            numbers.add(number);
            words.add(word);
            csv.append(number == null ? "" : String.valueOf(number.intValue())).append(',')
                    .append(word == null ? "" : word).append('\n');
        }
        upload(dataset.owner(), dataset.uri(), "metrics", "metrics.csv", csv.toString()).expect(201);
        crawl(dataset.owner(), dataset.uri(), "metrics");
        JsonNode crawled = table(dataset.owner(), dataset.uri(), "metrics");
        assertThat(crawled.path("statistics").path("recordCount").isNull()).as("a crawl does not count CSV rows").isTrue();
        String table = crawled.path("uri").asString();

        String run = dataset.owner().post("/api/v1/tables/" + table + "/profiling-runs", null).expect(202).text("uri");
        JsonNode finished = Eventually.eventually("profiling run", () -> dataset.owner()
                        .get("/api/v1/tables/%s/profiling-runs/%s".formatted(table, run)).expect(200).json(),
                node -> node.path("status").asString().equals("SUCCEEDED") || node.path("status").asString().equals("FAILED"));
        assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("SUCCEEDED");
        JsonNode profile = finished.path("result");
        assertThat(profile.path("rowCount").asLong()).isEqualTo(200);
        assertThat(profile.path("columnCount").asInt()).isEqualTo(2);

        List<Double> present = numbers.stream().filter(java.util.Objects::nonNull).sorted().toList();
        double mean = present.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = present.stream().mapToDouble(value -> (value - mean) * (value - mean)).sum() / (present.size() - 1);
        double median = (present.get(present.size() / 2 - 1) + present.get(present.size() / 2)) / 2;
        JsonNode n = profile.path("columns").get(0);
        assertThat(n.path("name").asString()).isEqualTo("n");
        assertThat(n.path("completeness").asDouble()).isEqualTo(present.size() / 200.0);
        assertThat(n.path("distinctCount").asLong()).isEqualTo(present.stream().distinct().count());
        assertThat(Double.parseDouble(n.path("min").asString())).isEqualTo(present.getFirst());
        assertThat(Double.parseDouble(n.path("max").asString())).isEqualTo(present.getLast());
        assertThat(n.path("mean").asDouble()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(n.path("median").asDouble()).isEqualTo(median);
        assertThat(n.path("stddev").asDouble()).isCloseTo(Math.sqrt(variance), org.assertj.core.data.Offset.offset(1e-9));
        long histogramTotal = StreamSupport.stream(n.path("histogram").spliterator(), false)
                .mapToLong(bin -> bin.path("count").asLong()).sum();
        assertThat(histogramTotal).isEqualTo(present.size());

        List<String> presentWords = words.stream().filter(java.util.Objects::nonNull).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        presentWords.stream().sorted().forEach(word -> counts.merge(word, 1L, Long::sum));
        List<Map.Entry<String, Long>> expectedTop = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        JsonNode word = profile.path("columns").get(1);
        assertThat(word.path("completeness").asDouble()).isEqualTo(presentWords.size() / 200.0);
        assertThat(word.path("distinctCount").asLong()).isEqualTo(counts.size());
        assertThat(word.path("minLength").asInt()).isEqualTo(presentWords.stream().mapToInt(String::length).min().orElseThrow());
        assertThat(word.path("maxLength").asInt()).isEqualTo(presentWords.stream().mapToInt(String::length).max().orElseThrow());
        assertThat(word.path("min").asString()).isEqualTo(presentWords.stream().min(Comparator.naturalOrder()).orElseThrow());
        assertThat(word.path("max").asString()).isEqualTo(presentWords.stream().max(Comparator.naturalOrder()).orElseThrow());
        List<String> top = StreamSupport.stream(word.path("topValues").spliterator(), false)
                .map(value -> value.path("value").asString() + "=" + value.path("count").asLong()).toList();
        assertThat(top).containsExactlyElementsOf(expectedTop.stream().map(e -> e.getKey() + "=" + e.getValue()).toList());

        JsonNode served = dataset.owner().get("/api/v1/tables/" + table).expect(200).json();
        assertThat(served.path("latestProfile").path("rowCount").asLong()).isEqualTo(200);
        assertThat(served.path("statistics").path("recordCount").asLong()).as("counted by the profile").isEqualTo(200);
        crawl(dataset.owner(), dataset.uri(), "metrics");
        assertThat(dataset.owner().get("/api/v1/tables/" + table).expect(200).json().path("statistics")
                .path("recordCount").asLong()).as("kept by a crawl of the same files").isEqualTo(200);
        assertThat(dataset.owner().get("/api/v1/tables/" + table + "/profiling-runs").expect(200).json()
                .path("items").get(0).path("uri").asString()).isEqualTo(run);
    }

    @Test
    void ownersEditTablesAndColumnDescriptionsWhichSurviveARecrawl() {
        TestDataset dataset = dataset();
        upload(dataset.owner(), dataset.uri(), "fruit", "fruit.csv", CSV).expect(201);
        crawl(dataset.owner(), dataset.uri(), "fruit");
        String table = table(dataset.owner(), dataset.uri(), "fruit").path("uri").asString();
        TestUser outsider = user(team());

        dataset.owner().patch("/api/v1/tables/" + table, Map.of("description", "Fruit sold", "tags", List.of("fruit")))
                .expect(200);
        dataset.owner().patch("/api/v1/tables/" + table + "/columns", Map.of("descriptions", Map.of("name", "Fruit name")))
                .expect(200);
        Problems.badRequest(dataset.owner().patch("/api/v1/tables/" + table + "/columns",
                Map.of("descriptions", Map.of("nope", "x"))), "descriptions");
        outsider.api().patch("/api/v1/tables/" + table, Map.of("description", "x")).problem(403);
        outsider.api().patch("/api/v1/tables/" + table + "/columns", Map.of("descriptions", Map.of("name", "x"))).problem(403);
        outsider.api().delete("/api/v1/tables/" + table).problem(403);

        upload(dataset.owner(), dataset.uri(), "fruit", "fruit.csv", "id,name,origin\n1,apple,Spain\n").expect(201);
        JsonNode recrawl = crawl(dataset.owner(), dataset.uri(), "fruit");
        assertThat(names(recrawl.path("result").path("updated"))).containsExactly("fruit");

        JsonNode updated = dataset.owner().get("/api/v1/tables/" + table).expect(200).json();
        assertThat(columns(updated)).containsExactly("id BIGINT", "name VARCHAR", "origin VARCHAR");
        assertThat(updated.path("columns").get(1).path("description").asString()).isEqualTo("Fruit name");
        assertThat(updated.path("description").asString()).isEqualTo("Fruit sold");
        assertThat(names(crawl(dataset.owner(), dataset.uri(), "fruit").path("result").path("unchanged")))
                .containsExactly("fruit");

        dataset.owner().delete("/api/v1/tables/" + table).expect(204);
        dataset.owner().get("/api/v1/tables/" + table).problem(404);
        assertThat(Path.of(dataset.view().path("storageLocation").asString()).resolve("fruit/fruit.csv")).exists();
    }

    @Test
    void syncMarksTablesWhoseFilesAreGoneOrChanged() throws Exception {
        TestDataset dataset = dataset();
        upload(dataset.owner(), dataset.uri(), "gone", "a.csv", "a\n1\n").expect(201);
        upload(dataset.owner(), dataset.uri(), "changed", "a.csv", "a\n1\n").expect(201);
        crawl(dataset.owner(), dataset.uri(), "");
        Path location = Path.of(dataset.view().path("storageLocation").asString());
        Files.delete(location.resolve("gone/a.csv"));
        Files.writeString(location.resolve("changed/b.csv"), "a\n2\n");

        String job = dataset.owner().post(path(dataset.uri()) + "/table-sync", null).expect(202).text("uri");
        JsonNode sync = awaitJob(dataset.owner(), dataset.uri(), job);

        assertThat(sync.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(sync.path("log").toString()).contains("Table gone is Deleted").contains("Table changed: its files changed");
        assertThat(table(dataset.owner(), dataset.uri(), "gone").path("status").asString()).isEqualTo("Deleted");
        JsonNode changed = table(dataset.owner(), dataset.uri(), "changed");
        assertThat(changed.path("status").asString()).isEqualTo("InSync");
        assertThat(changed.path("needsCrawl").asBoolean()).isTrue();
        String gone = table(dataset.owner(), dataset.uri(), "gone").path("uri").asString();
        dataset.owner().get("/api/v1/tables/" + gone + "/preview").problem(409);
        user(team()).api().post(path(dataset.uri()) + "/table-sync", null).problem(403);
    }

    @Test
    void unreadableDirectoriesAreListedWithTheReasonAndTheRestIsCrawled() throws Exception {
        TestDataset dataset = dataset();
        upload(dataset.owner(), dataset.uri(), "good", "a.csv", "a,b\n1,2\n").expect(201);
        upload(dataset.owner(), dataset.uri(), "mixed", "a.csv", "a,b\n1,2\n").expect(201);
        upload(dataset.owner(), dataset.uri(), "mixed", "b.parquet", parquet(2024)).expect(201);
        upload(dataset.owner(), dataset.uri(), "ragged", "a.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n").expect(201);
        upload(dataset.owner(), dataset.uri(), "broken_json", "a.json", "{\"a\": 1}\n{\"a\": \n").expect(201);
        upload(dataset.owner(), dataset.uri(), "no_columns", "a.csv", "\n\n\n").expect(201);

        JsonNode crawl = crawl(dataset.owner(), dataset.uri(), "");

        assertThat(crawl.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(names(crawl.path("result").path("created"))).containsExactly("good");
        Map<String, String> failed = new LinkedHashMap<>();
        crawl.path("result").path("failed").forEach(failure ->
                failed.put(failure.path("location").asString(), failure.path("reason").asString()));
        assertThat(failed).containsOnlyKeys("mixed", "ragged", "broken_json", "no_columns");
        assertThat(failed.get("mixed")).isEqualTo("directory mixed mixes formats: csv, parquet");
        assertThat(failed.get("ragged")).contains("ragged/a.csv is malformed");
        assertThat(failed.get("broken_json")).contains("broken_json/a.json");
        assertThat(failed.get("no_columns")).contains("has no columns");
        assertThat(crawl.path("log").toString()).contains("mixed: directory mixed mixes formats: csv, parquet");
        assertThat(crawl.path("result").toString()).doesNotContain(dataset.view().path("storageLocation").asString());
    }

    private byte[] parquet(int year) throws Exception {
        Path file = temp.resolve("orders-" + year + ".parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("copy (select i::integer as order_id, (i * 10.5)::decimal(10,2) as total from range(3) t(i)) "
                    + "to '%s' (format parquet)".formatted(file));
        }
        return Files.readAllBytes(file);
    }

    private static List<String> names(JsonNode tables) {
        return StreamSupport.stream(tables.spliterator(), false).map(table -> table.path("name").asString()).toList();
    }

    private static List<String> columns(JsonNode table) {
        return StreamSupport.stream(table.path("columns").spliterator(), false)
                .map(column -> column.path("name").asString() + " " + column.path("type").asString()
                        + (column.path("partition").asBoolean() ? " partition" : ""))
                .toList();
    }
}
