package io.lakegate.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.lakegate.share.ShareTestSupport;
import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Worksheets through HTTP: who may use them, what they see, typed and kept results, limits. */
class WorksheetsTest extends ShareTestSupport {

    static final String WORKSHEETS = "/api/v1/worksheets";

    /** A consumer team with a dataset of its own ({@code regions}) and a worksheet in its environment. */
    record Analyst(Consumer consumer, TestDataset own, String regionsTable, String worksheet) {

        Caller api() {
            return consumer.api();
        }
    }

    private Analyst analyst() {
        Consumer consumer = consumer();
        TestDataset own = dataset(new Producer(consumer.team(), consumer.user(), null, consumer.environment()),
                Map.of("name", unique("Regions")));
        upload(consumer.api(), own.uri(), "regions", "regions.csv", "region,manager\nnorth,Ada\nsouth,Bo\n").expect(201);
        crawl(consumer.api(), own.uri(), "regions");
        String regions = table(consumer.api(), own.uri(), "regions").path("uri").asString();
        String worksheet = consumer.api().post(WORKSHEETS, Map.of("name", unique("Analysis"), "ownerTeam", consumer.team(),
                "environmentUri", consumer.environment(), "tags", List.of("sales"), "sql", "select 1"))
                .expect(201).text("uri");
        return new Analyst(consumer, own, regions, worksheet);
    }

    private static String schemaOf(TestDataset dataset) {
        return dataset.view().path("schemaName").asString();
    }

    private static Response run(Caller caller, String worksheet, String sql) {
        return caller.post(WORKSHEETS + "/" + worksheet + "/queries", Map.of("sql", sql));
    }

    @Test
    void aTeamJoinsItsOwnTableWithATableSharedThroughADataFilter() {
        SharedData data = sharedData();
        Analyst analyst = analyst();
        String filter = data.owner().post("/api/v1/tables/" + data.table() + "/data-filters", Map.of("name", "no south",
                "columns", List.of("id", "region", "amount"), "rowExpression", "region <> 'south'")).expect(201).text("uri");
        String sql = "select s.id, s.amount, r.manager from %s.sales s join %s.regions r using (region) order by s.id"
                .formatted(schemaOf(data.dataset()), schemaOf(analyst.own()));
        assertThat(run(analyst.api(), analyst.worksheet(), sql).expect(200).json().path("error").asString())
                .contains("is not available");

        JsonNode draft = open(analyst.consumer(), data, null, List.of(tableItem(data)));
        analyst.api().post(share(draft.path("uri").asString()) + "/submit", null).expect(200);
        data.owner().put(share(draft.path("uri").asString()) + "/items/" + draft.path("items").get(0).path("uri").asString()
                + "/data-filter", Map.of("filterUri", filter)).expect(200);
        data.owner().post(share(draft.path("uri").asString()) + "/approve", null).expect(200);

        Analyst other = analyst();
        assertThat(run(other.api(), other.worksheet(), "select * from %s.sales".formatted(schemaOf(data.dataset())))
                .expect(200).json().path("error").asString())
                .as("a table shared to another team").startsWith("Table '%s.sales' is not available"
                        .formatted(schemaOf(data.dataset())));
        JsonNode joined = run(analyst.api(), analyst.worksheet(), sql).expect(200).json();
        assertThat(joined.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(joined.path("columns").valueStream().map(column -> column.path("name").asString() + ":"
                + column.path("type").asString())).containsExactly("id:BIGINT", "amount:BIGINT", "manager:VARCHAR");
        assertThat(joined.path("rows").valueStream().map(row -> row.get(0).asLong() + "/" + row.get(2).asString()))
                .containsExactly("1/Ada", "3/Ada");
        assertThat(joined.path("rowCount").asLong()).isEqualTo(2);

        JsonNode schema = analyst.api().get(WORKSHEETS + "/" + analyst.worksheet() + "/schema").expect(200).json();
        List<JsonNode> schemas = schema.path("environments").valueStream()
                .flatMap(environment -> environment.path("schemas").valueStream()).toList();
        assertThat(schemas).extracting(node -> node.path("name").asString() + ":" + node.path("shared").asBoolean())
                .containsExactlyInAnyOrder(schemaOf(data.dataset()) + ":true", schemaOf(analyst.own()) + ":false");
        JsonNode shared = schemas.stream().filter(node -> node.path("shared").asBoolean()).findFirst().orElseThrow()
                .path("tables").get(0);
        assertThat(shared.path("dataFilter").asString()).isEqualTo("no south");
        assertThat(shared.path("columns").valueStream().map(column -> column.path("name").asString()))
                .containsExactly("id", "region", "amount");

        data.owner().post(share(draft.path("uri").asString()) + "/revoke", Map.of("itemUris",
                List.of(draft.path("items").get(0).path("uri").asString()))).expect(200);
        JsonNode revoked = run(analyst.api(), analyst.worksheet(), sql).expect(200).json();
        assertThat(revoked.path("status").asString()).isEqualTo("FAILED");
        assertThat(revoked.path("error").asString())
                .startsWith("Table '%s.sales' is not available".formatted(schemaOf(data.dataset())));
    }

    @Test
    void resultsKeepTheirTypesArePagedAndDownloadedWhole() {
        Analyst analyst = analyst();
        JsonNode result = run(analyst.api(), analyst.worksheet(), """
                select i as n, i % 2 = 0 as even, date '2024-01-01' + cast(i as integer) as day, timestamp '2024-01-01 10:00:00' as at,
                       cast(i / 4 as decimal(10, 2)) as quarter, [i, i + 1] as pair, {'k': i} as struct
                from range(250) t(i) order by i""").expect(200).json();
        assertThat(result.path("status").asString()).as(result.path("error").asString()).isEqualTo("SUCCEEDED");
        assertThat(result.path("rowCount").asLong()).isEqualTo(250);
        assertThat(result.path("rows")).hasSize(100);
        assertThat(result.path("columns").valueStream().map(column -> column.path("type").asString()))
                .containsExactly("BIGINT", "BOOLEAN", "DATE", "TIMESTAMP", "DECIMAL(10,2)", "BIGINT[]",
                        "STRUCT(k BIGINT)");
        JsonNode third = result.path("rows").get(3);
        assertThat(third.get(0).asLong()).isEqualTo(3);
        assertThat(third.get(1).asBoolean()).isFalse();
        assertThat(third.get(2).asString()).isEqualTo("2024-01-04");
        assertThat(third.get(3).asString()).isEqualTo("2024-01-01T10:00:00");
        assertThat(third.get(4).decimalValue()).isEqualByComparingTo("0.75");
        assertThat(third.get(5).valueStream().map(JsonNode::asLong)).containsExactly(3L, 4L);
        assertThat(third.get(6).path("k").asLong()).isEqualTo(3);

        JsonNode sums = run(analyst.api(), analyst.worksheet(),
                "select sum(i) as total, 9007199254740993::hugeint as beyond_doubles from range(10) t(i)").expect(200).json();
        assertThat(sums.path("columns").valueStream().map(column -> column.path("type").asString()))
                .containsExactly("HUGEINT", "HUGEINT");
        assertThat(sums.path("rows").get(0).valueStream().map(JsonNode::toString))
                .as("integers, exact").containsExactly("45", "9007199254740993");

        String query = "/api/v1/queries/" + result.path("uri").asString();
        JsonNode page = analyst.api().get(query + "/results?page=3&size=100").expect(200).json();
        assertThat(page.path("rows")).hasSize(50);
        assertThat(page.path("rows").get(0).get(0).asLong()).isEqualTo(200);
        assertThat(page.path("total").asLong()).isEqualTo(250);
        analyst.api().get(query + "/results?size=5000").problem(400);

        Response csv = analyst.api().get(query + "/download?format=csv").expect(200);
        assertThat(csv.body().lines().toList()).hasSize(251).first().isEqualTo("n,even,day,at,quarter,pair,struct");
        Response parquet = analyst.api().get(query + "/download?format=parquet").expect(200);
        assertThat(parquet.body()).startsWith("PAR1");
        analyst.api().get(query + "/download?format=xlsx").problem(400);

        Caller stranger = user(team()).api();
        stranger.get(query).problem(403);
        stranger.get(query + "/results").problem(403);
        stranger.get(query + "/download").problem(403);
        anonymous().get(query).problem(401);
    }

    @Test
    void onlyTheTeamUsesItsWorksheets() {
        Analyst analyst = analyst();
        String worksheet = WORKSHEETS + "/" + analyst.worksheet();
        Caller stranger = user(team()).api();
        Caller colleague = user(analyst.consumer().team()).api();

        assertThat(colleague.get(worksheet).expect(200).json().path("sql").asString()).isEqualTo("select 1");
        colleague.patch(worksheet, Map.of("sql", "select 2")).expect(200);
        assertThat(analyst.api().get(worksheet).expect(200).json().path("sql").asString()).isEqualTo("select 2");
        assertThat(analyst.api().get(WORKSHEETS).expect(200).json().path("items").valueStream()
                .map(item -> item.path("uri").asString())).containsExactly(analyst.worksheet());
        assertThat(stranger.get(WORKSHEETS).expect(200).json().path("items")).isEmpty();
        stranger.get(worksheet).problem(403);
        stranger.patch(worksheet, Map.of("sql", "select 3")).problem(403);
        run(stranger, analyst.worksheet(), "select 1").problem(403);
        stranger.get(worksheet + "/schema").problem(403);
        stranger.get("/api/v1/query-history?team=" + analyst.consumer().team()).problem(403);
        stranger.delete(worksheet).problem(403);
        anonymous().get(worksheet).problem(401);
        stranger.post(WORKSHEETS, Map.of("name", "x", "ownerTeam", analyst.consumer().team(),
                "environmentUri", analyst.consumer().environment())).problem(403);
        analyst.api().post(WORKSHEETS, Map.of("name", "x", "ownerTeam", analyst.consumer().team(),
                "environmentUri", "nosuchenv")).problem(400);
        String name = analyst.api().get(worksheet).expect(200).json().path("name").asString();
        analyst.api().post(WORKSHEETS, Map.of("name", name, "ownerTeam", analyst.consumer().team(),
                "environmentUri", analyst.consumer().environment())).problem(409);

        run(analyst.api(), analyst.worksheet(), "select 42 as answer").expect(200);
        run(colleague, analyst.worksheet(), "copy (select 1) to '/tmp/x.csv'").expect(200);
        List<JsonNode> history = analyst.api().get("/api/v1/query-history?team=" + analyst.consumer().team()).expect(200)
                .json().path("items").valueStream().toList();
        assertThat(history).extracting(query -> query.path("status").asString() + " " + query.path("sql").asString())
                .containsExactly("FAILED copy (select 1) to '/tmp/x.csv'", "SUCCEEDED select 42 as answer");
        assertThat(history.getFirst().path("error").asString()).startsWith("Only a single read-only statement");
        assertThat(history.get(1).path("rowCount").asLong()).isEqualTo(1);
        assertThat(history.get(1).path("durationMillis").isNumber()).isTrue();

        assertThat(colleague.get(worksheet + "/queries").expect(200).json().path("total").asLong()).isEqualTo(2);
        stranger.get(worksheet + "/queries").problem(403);
        colleague.delete(worksheet).expect(204);
        analyst.api().get(worksheet).problem(404);
    }

    @Test
    void aTeamRunsTwoQueriesAtOnceAndTheOthersWaitTheirTurn() {
        Analyst analyst = analyst();
        String endless = "select sum(a.i * b.i) from range(1000000) a(i), range(1000000) b(i)";
        List<String> queries = IntStream.range(0, 3).mapToObj(i -> "/api/v1/queries/"
                + analyst.api().post(WORKSHEETS + "/" + analyst.worksheet() + "/queries?wait=false", Map.of("sql", endless))
                .expect(202).text("uri")).toList();
        Analyst other = analyst();
        assertThat(run(other.api(), other.worksheet(), "select 1").expect(200).json().path("status").asString())
                .as("another team does not wait for this one's turns").isEqualTo("SUCCEEDED");

        List<JsonNode> finished = Eventually.eventually("the three queries to stop", () -> queries.stream()
                        .map(query -> analyst.api().get(query).expect(200).json()).toList(),
                runs -> runs.stream().allMatch(run -> run.path("status").asString().equals("TIMED_OUT")));
        List<JsonNode> byStart = finished.stream()
                .sorted(Comparator.comparing(run -> Instant.parse(run.path("startedAt").asString())))
                .toList();
        Instant lastStarted = Instant.parse(byStart.get(2).path("startedAt").asString());
        Instant firstFinished = byStart.subList(0, 2).stream()
                .map(run -> Instant.parse(run.path("finishedAt").asString())).min(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(lastStarted).as("the third waited for a turn").isAfterOrEqualTo(firstFinished.minusMillis(50));
    }

    @Test
    void aQueryOverTheTimeLimitStopsAndACancelStopsARunningQuery() {
        Analyst analyst = analyst();
        String endless = "select sum(a.i * b.i) from range(1000000) a(i), range(1000000) b(i)";

        JsonNode timedOut = run(analyst.api(), analyst.worksheet(), endless).expect(200).json();
        assertThat(timedOut.path("status").asString()).isEqualTo("TIMED_OUT");
        assertThat(timedOut.path("error").asString()).isEqualTo("Query exceeded the time limit of 5s");

        JsonNode started = analyst.api().post(WORKSHEETS + "/" + analyst.worksheet() + "/queries?wait=false",
                Map.of("sql", endless)).expect(202).json();
        String query = "/api/v1/queries/" + started.path("uri").asString();
        Eventually.eventually("the query to run", () -> analyst.api().get(query).expect(200).json(),
                running -> running.path("status").asString().equals("RUNNING"));
        user(team()).api().delete(query).problem(403);
        analyst.api().delete(query).expect(200);
        JsonNode cancelled = Eventually.eventually("the query to stop", () -> analyst.api().get(query).expect(200).json(),
                stopped -> stopped.path("status").asString().equals("CANCELLED"));
        assertThat(cancelled.path("error").asString()).isEqualTo("The query was cancelled");
        assertThat(analyst.api().delete(query).problem(409)).contains("is CANCELLED");
        analyst.api().get(query + "/results").problem(409);

        JsonNode next = run(analyst.api(), analyst.worksheet(), "select count(*) as regions from %s.regions"
                .formatted(schemaOf(analyst.own()))).expect(200).json();
        assertThat(next.path("status").asString()).as("the team's next query, after a cancel and a time-out")
                .isEqualTo("SUCCEEDED");
        assertThat(next.path("rows").get(0).get(0).asLong()).isEqualTo(2);
    }

    @Test
    void theNextQuerySeesTheTablesAsTheyAreNow() {
        Analyst analyst = analyst();
        String regions = "select count(*) from %s.regions".formatted(schemaOf(analyst.own()));
        String cities = "select city from %s.cities order by city".formatted(schemaOf(analyst.own()));
        assertThat(run(analyst.api(), analyst.worksheet(), regions).expect(200).json().path("status").asString())
                .isEqualTo("SUCCEEDED");
        assertThat(run(analyst.api(), analyst.worksheet(), cities).expect(200).json().path("error").asString())
                .startsWith("Table '%s.cities' is not available".formatted(schemaOf(analyst.own())));

        upload(analyst.api(), analyst.own().uri(), "cities", "cities.csv", "city\nOslo\nLima\n").expect(201);
        crawl(analyst.api(), analyst.own().uri(), "cities");
        JsonNode crawled = run(analyst.api(), analyst.worksheet(), cities).expect(200).json();
        assertThat(crawled.path("status").asString()).as(crawled.path("error").asString()).isEqualTo("SUCCEEDED");
        assertThat(crawled.path("rows").valueStream().map(row -> row.get(0).asString())).containsExactly("Lima", "Oslo");
    }
}
