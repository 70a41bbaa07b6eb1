package io.lakegate.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.lakegate.access.DataFilters;
import io.lakegate.access.GrantTarget;
import io.lakegate.access.Grantee;
import io.lakegate.access.Grants;
import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import io.lakegate.test.Problems;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Data filters of tables (data.all 2.7): owners and stewards define them, everyone sees them, and every read through a
 * grant with a filter (previews, profiles) sees only the filter's columns and rows.
 */
class DataFiltersTest extends DatasetTestSupport {

    private static final String ORDERS = """
            id,customer,region,amount
            1,alice,north,10
            2,bob,south,20
            3,carol,north,30
            4,dave,south,40
            5,erin,north,50
            """;
    private static final Map<String, Object> NORTH = Map.of("name", "North", "description", "Orders of the north",
            "columns", List.of("amount", "id"), "rowExpression", "region = 'north'");

    @Autowired
    Grants grants;

    @Autowired
    DataFilters dataFilters;

    /** A dataset with stewards and the table {@code orders}. */
    record Fixture(TestDataset dataset, TestUser steward, String table) {

        Caller owner() {
            return dataset.owner();
        }

        String filters() {
            return "/api/v1/tables/" + table + "/data-filters";
        }

        String preview() {
            return "/api/v1/tables/" + table + "/preview";
        }

        String qualifiedName() {
            return dataset.view().path("schemaName").asString() + ".orders";
        }
    }

    @Test
    void ownersAndStewardsDefineFiltersThatEverySignedInUserSees() {
        Fixture fixture = fixture();
        TestUser outsider = user(team());

        Response created = fixture.owner().post(fixture.filters(), NORTH).expect(201);
        JsonNode north = created.json();
        JsonNode everything = fixture.steward().api().post(fixture.filters(), Map.of("name", "  all of it  ")).expect(201)
                .json();

        assertThat(created.headers().firstValue("location")).hasValue("/api/v1/data-filters/" + north.path("uri").asString());
        assertThat(north.propertyNames()).containsExactlyInAnyOrder("uri", "datasetUri", "tableUri", "name", "description",
                "columns", "rowExpression", "createdBy", "createdAt");
        assertThat(north.path("datasetUri").asString()).isEqualTo(fixture.dataset().uri());
        assertThat(north.path("tableUri").asString()).isEqualTo(fixture.table());
        assertThat(north.path("name").asString()).isEqualTo("North");
        assertThat(north.path("description").asString()).isEqualTo("Orders of the north");
        assertThat(strings(north.path("columns"))).containsExactly("amount", "id");
        assertThat(north.path("rowExpression").asString()).isEqualTo("region = 'north'");
        assertThat(north.path("createdBy").asString()).isEqualTo(fixture.dataset().producer().user().username());
        assertThat(north.path("createdAt").asString()).isNotBlank();
        assertThat(everything.path("name").asString()).isEqualTo("all of it");
        assertThat(everything.path("columns")).isEmpty();
        assertThat(everything.path("rowExpression").isNull()).isTrue();
        assertThat(everything.path("createdBy").asString()).isEqualTo(fixture.steward().username());

        assertThat(outsider.api().get(fixture.filters()).expect(200).json().valueStream()
                .map(filter -> filter.path("name").asString())).containsExactly("all of it", "North");
        assertThat(outsider.api().get("/api/v1/data-filters/" + north.path("uri").asString()).expect(200).json())
                .isEqualTo(north);
        assertThat(outsider.api().post(fixture.filters(), Map.of("name", "mine")).problem(403))
                .isEqualTo("User: %s is not authorized to perform: CREATE_TABLE_DATA_FILTER on dataset %s",
                        outsider.username(), fixture.dataset().uri());
        assertThat(outsider.api().delete("/api/v1/data-filters/" + north.path("uri").asString()).problem(403))
                .isEqualTo("User: %s is not authorized to perform: DELETE_TABLE_DATA_FILTER on dataset %s",
                        outsider.username(), fixture.dataset().uri());
        anonymous().get(fixture.filters()).problem(401);
        anonymous().get("/api/v1/data-filters/" + north.path("uri").asString()).problem(401);
        anonymous().post(fixture.filters(), Map.of("name", "mine")).problem(401);
        anonymous().delete("/api/v1/data-filters/" + north.path("uri").asString()).problem(401);

        fixture.steward().api().delete("/api/v1/data-filters/" + north.path("uri").asString()).expect(204);
        fixture.owner().get("/api/v1/data-filters/" + north.path("uri").asString()).problem(404);
        fixture.owner().delete("/api/v1/data-filters/" + north.path("uri").asString()).problem(404);
        assertThat(fixture.owner().get(fixture.filters()).expect(200).json()).hasSize(1);
        fixture.owner().get("/api/v1/tables/nosuchtb/data-filters").problem(404);
        fixture.owner().post("/api/v1/tables/nosuchtb/data-filters", NORTH).problem(404);

        JsonNode audit = Eventually.eventually("audit record of the filter's creation", () -> admin()
                        .get("/api/v1/admin/audit?username=%s&action=table.createDataFilter"
                                .formatted(fixture.steward().username()))
                        .expect(200).json(),
                page -> page.path("total").asLong() == 1);
        assertThat(audit.path("items").get(0).path("actingTeam").asString())
                .isEqualTo(fixture.steward().teams().getFirst());
    }

    @Test
    void refusesInvalidFiltersNamingWhatIsWrong() {
        Fixture fixture = fixture();
        Caller owner = fixture.owner();

        Problems.badRequest(owner.post(fixture.filters(), Map.of("columns", List.of("id"))), "name");
        Problems.badRequest(owner.post(fixture.filters(), Map.of("name", "\u2003")), "name");
        Problems.badRequest(owner.post(fixture.filters(), Map.of("name", "n".repeat(101))), "name");
        assertThat(Problems.badRequest(owner.post(fixture.filters(),
                Map.of("name", "x", "columns", List.of("id", "nope", "other"))), "columns"))
                .isEqualTo("Table orders has no column nope, other");
        assertThat(Problems.badRequest(owner.post(fixture.filters(),
                Map.of("name", "x", "columns", List.of("id", "amount", "id", "amount", "region"))), "columns"))
                .isEqualTo("columns names id, amount more than once");
        Map<String, String> refusals = Map.of(
                "region =", "The row expression is not valid: syntax error at or near \")\"",
                "nope = 1 and region = 'north'",
                "The row expression names 'nope', which is not a column of table " + fixture.qualifiedName(),
                "id in (select 1)", "The row expression must not contain a subquery",
                "exists (from read_csv('/etc/passwd'))", "The row expression must not contain a subquery",
                "region", "The row expression must be true or false for each row; it is of type VARCHAR",
                "sum(amount) > 1",
                "Table %s cannot be read: Binder Error: WHERE clause cannot contain aggregates!".formatted(fixture.qualifiedName()),
                "current_setting('allowed_directories') <> ''", "Function 'current_setting' is not available");
        refusals.forEach((rowExpression, reason) -> assertThat(Problems.badRequest(owner.post(fixture.filters(),
                Map.of("name", "x", "rowExpression", rowExpression)), "rowExpression")).as(rowExpression)
                .isEqualTo(reason));

        owner.post(fixture.filters(), NORTH).expect(201);
        assertThat(owner.post(fixture.filters(), Map.of("name", "NORTH ")).problem(409))
                .isEqualTo("Table orders already has a data filter named 'NORTH'");
        assertThat(owner.get(fixture.filters()).expect(200).json()).hasSize(1);
    }

    @Test
    void aTableWhoseFilesAreGoneTakesNoNewFilters() throws Exception {
        Fixture fixture = fixture();
        Files.delete(Path.of(fixture.dataset().view().path("storageLocation").asString()).resolve("orders/orders.csv"));
        awaitJob(fixture.owner(), fixture.dataset().uri(),
                fixture.owner().post(path(fixture.dataset().uri()) + "/table-sync", null).expect(202).text("uri"));

        assertThat(fixture.owner().post(fixture.filters(), Map.of("name", "ids", "columns", List.of("id"))).problem(409))
                .isEqualTo("Table orders is Deleted: its files are gone from the dataset");
    }

    @Test
    void aFilterThatAGrantReadsThroughCannotBeDeletedUntilTheGrantIsRevoked() {
        Fixture fixture = fixture();
        String north = fixture.owner().post(fixture.filters(), NORTH).expect(201).text("uri");
        String source = unique("share-item");
        grants.grant(fixture.dataset().uri(), GrantTarget.table(fixture.table()), Grantee.team(team()), north, source,
                "tests");

        assertThat(dataFilters.inUse(north)).isTrue();
        assertThat(fixture.owner().delete("/api/v1/data-filters/" + north).problem(409)).isEqualTo(
                "Data filter 'North' (%s) is used by 1 grant: revoke the share items that read through it before"
                        + " deleting it.", north);
        assertThat(fixture.owner().delete("/api/v1/tables/" + fixture.table()).problem(409))
                .isEqualTo("Table orders is shared: revoke all table shares before deletion");
        assertThat(fixture.owner().delete(path(fixture.dataset().uri())).problem(409)).contains("is shared");
        assertThat(fixture.owner().get(fixture.filters()).expect(200).json()).hasSize(1);

        assertThat(grants.revoke(source)).isTrue();

        assertThat(dataFilters.inUse(north)).isFalse();
        fixture.owner().delete("/api/v1/data-filters/" + north).expect(204);
        assertThat(fixture.owner().get(fixture.filters()).expect(200).json()).isEmpty();
    }

    @Test
    void theFiltersOfATableOrDatasetGoWithIt() {
        Fixture fixture = fixture();
        upload(fixture.owner(), fixture.dataset().uri(), "returns", "returns.csv", "id,reason\n1,late\n").expect(201);
        crawl(fixture.owner(), fixture.dataset().uri(), "returns");
        String returns = table(fixture.owner(), fixture.dataset().uri(), "returns").path("uri").asString();
        String ofOrders = fixture.owner().post(fixture.filters(), NORTH).expect(201).text("uri");
        String ofReturns = fixture.owner().post("/api/v1/tables/" + returns + "/data-filters",
                Map.of("name", "late", "rowExpression", "reason = 'late'")).expect(201).text("uri");

        fixture.owner().delete("/api/v1/tables/" + fixture.table()).expect(204);

        fixture.owner().get("/api/v1/data-filters/" + ofOrders).problem(404);
        fixture.owner().get("/api/v1/data-filters/" + ofReturns).expect(200);

        fixture.owner().delete(path(fixture.dataset().uri())).expect(204);

        fixture.owner().get("/api/v1/data-filters/" + ofReturns).problem(404);
    }

    @Test
    void membersOfAGranteeTeamReadAndProfileOnlyTheFiltersColumnsAndRows() {
        Fixture fixture = fixture();
        String north = fixture.owner().post(fixture.filters(), NORTH).expect(201).text("uri");
        String consumers = team();
        TestUser consumer = user(consumers);
        String ownerRun = profile(fixture.owner(), fixture.table());
        consumer.api().get(fixture.preview()).problem(403);
        consumer.api().post(runs(fixture), null).problem(403);
        String source = unique("share-item");

        grants.grant(fixture.dataset().uri(), GrantTarget.table(fixture.table()), Grantee.team(consumers), north, source,
                "tests");

        JsonNode preview = consumer.api().get(fixture.preview()).expect(200).json();
        assertThat(preview.path("columns").valueStream().map(column -> column.path("name").asString()))
                .containsExactly("id", "amount");
        assertThat(preview.path("rows").valueStream().map(row -> row.get(0).asLong() + ":" + row.get(1).asLong()))
                .containsExactlyInAnyOrder("1:10", "3:30", "5:50");
        JsonNode table = consumer.api().get("/api/v1/tables/" + fixture.table()).expect(200).json();
        assertThat(table.path("userRole").asString()).isEqualTo("SHARED");
        assertThat(table.path("latestProfile").isNull()).as("the owner's profile of the whole table").isTrue();
        assertThat(consumer.api().get(runs(fixture)).expect(200).json().path("items")).isEmpty();
        consumer.api().get(runs(fixture) + "/" + ownerRun).problem(404);

        String consumerRun = profile(consumer.api(), fixture.table());

        JsonNode run = consumer.api().get(runs(fixture) + "/" + consumerRun).expect(200).json();
        assertThat(run.path("dataFilterUri").asString()).isEqualTo(north);
        assertThat(run.path("result").path("rowCount").asLong()).isEqualTo(3);
        assertThat(run.path("result").path("columns").valueStream().map(column -> column.path("name").asString()))
                .containsExactly("id", "amount");
        assertThat(run.path("result").path("columns").get(0).path("min").asString()).isEqualTo("1");
        assertThat(run.path("result").path("columns").get(0).path("distinctCount").asLong()).isEqualTo(3);
        assertThat(run.path("result").path("columns").get(1).path("max").asString()).isEqualTo("50");
        assertThat(runUris(consumer.api(), fixture)).containsExactly(consumerRun);
        assertThat(consumer.api().get("/api/v1/tables/" + fixture.table()).expect(200).json()
                .path("latestProfile").path("rowCount").asLong()).isEqualTo(3);
        assertThat(runUris(fixture.owner(), fixture)).containsExactly(ownerRun);
        fixture.owner().get(runs(fixture) + "/" + consumerRun).problem(404);
        assertThat(fixture.owner().get("/api/v1/tables/" + fixture.table()).expect(200).json()
                .path("latestProfile").path("rowCount").asLong()).isEqualTo(5);

        assertThat(grants.revoke(source)).isTrue();

        consumer.api().get(fixture.preview()).problem(403);
        consumer.api().get(runs(fixture)).problem(403);
        consumer.api().get(runs(fixture) + "/" + consumerRun).problem(403);
        JsonNode revoked = consumer.api().get("/api/v1/tables/" + fixture.table()).expect(200).json();
        assertThat(revoked.path("userRole").asString()).isEqualTo("NONE");
        assertThat(revoked.path("latestProfile").isNull()).isTrue();

        fixture.owner().delete("/api/v1/data-filters/" + north).expect(204);
        fixture.owner().get(path(fixture.dataset().uri()) + "/jobs/" + consumerRun).problem(404);
        fixture.owner().get(path(fixture.dataset().uri()) + "/jobs/" + ownerRun).expect(200);
    }

    @Test
    void aConsumptionPrincipalReadsThroughTheFilterOfItsOwnGrant() {
        Fixture fixture = fixture();
        String north = fixture.owner().post(fixture.filters(), NORTH).expect(201).text("uri");
        String team = team();
        TestUser member = user(team);
        String environment = environment(member.api(), organization(member.api(), team), team);
        JsonNode created = member.api().post("/api/v1/environments/" + environment + "/consumption-principals",
                Map.of("name", unique("etl"), "team", team)).expect(201).json();
        Caller principal = withToken(created.path("token").asString());
        principal.get(fixture.preview()).problem(403);
        String source = unique("share-item");

        grants.grant(fixture.dataset().uri(), GrantTarget.table(fixture.table()),
                Grantee.consumptionPrincipal(created.path("uri").asString()), north, source, "tests");

        JsonNode preview = principal.get(fixture.preview()).expect(200).json();
        assertThat(preview.path("columns").valueStream().map(column -> column.path("name").asString()))
                .containsExactly("id", "amount");
        assertThat(preview.path("rows").valueStream().map(row -> row.get(0).asLong())).containsExactlyInAnyOrder(1L, 3L, 5L);
        member.api().get(fixture.preview()).problem(403);

        grants.revoke(source);

        principal.get(fixture.preview()).problem(403);
    }

    private Fixture fixture() {
        String stewards = team();
        TestUser steward = user(stewards);
        TestDataset dataset = dataset(producer(), Map.of("stewardsTeam", stewards));
        upload(dataset.owner(), dataset.uri(), "orders", "orders.csv", ORDERS).expect(201);
        crawl(dataset.owner(), dataset.uri(), "orders");
        return new Fixture(dataset, steward, table(dataset.owner(), dataset.uri(), "orders").path("uri").asString());
    }

    /** Profiles the table as the caller and waits for the run to succeed; returns its URI. */
    private static String profile(Caller caller, String table) {
        String run = caller.post("/api/v1/tables/" + table + "/profiling-runs", null).expect(202).text("uri");
        JsonNode finished = Eventually.eventually("profiling run " + run,
                () -> caller.get("/api/v1/tables/%s/profiling-runs/%s".formatted(table, run)).expect(200).json(),
                node -> !List.of("QUEUED", "RUNNING").contains(node.path("status").asString()));
        assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("SUCCEEDED");
        return run;
    }

    private static String runs(Fixture fixture) {
        return "/api/v1/tables/" + fixture.table() + "/profiling-runs";
    }

    private static List<String> runUris(Caller caller, Fixture fixture) {
        return caller.get(runs(fixture)).expect(200).json().path("items").valueStream()
                .map(run -> run.path("uri").asString()).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
