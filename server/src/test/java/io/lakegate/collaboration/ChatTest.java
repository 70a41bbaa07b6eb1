package io.lakegate.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import io.lakegate.test.Problems;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Chat feeds of datasets, tables and folders (guide 4.1.9): who reads, posts and deletes; removed assets' feeds. */
class ChatTest extends ApiTest {

    @Test
    void datasetFeedListsNewestFirstInPages() {
        TestDataset dataset = dataset();
        String feed = feed("datasets", dataset.uri());

        Response posted = dataset.owner().api().post(feed, Map.of("body", "Is this the dataset for the workshop?")).expect(201);
        dataset.owner().api().post(feed, Map.of("body", "second")).expect(201);
        dataset.owner().api().post(feed, Map.of("body", "third")).expect(201);

        String uri = posted.text("uri");
        assertThat(posted.headers().firstValue("location")).hasValue("/api/v1/chat-messages/" + uri);
        assertThat(posted.text("author")).isEqualTo(dataset.owner().username());
        assertThat(posted.text("authorKind")).isEqualTo("USER");
        assertThat(posted.text("targetType")).isEqualTo("DATASET");
        assertThat(posted.text("targetUri")).isEqualTo(dataset.uri());
        assertThat(Instant.parse(posted.text("createdAt"))).isBefore(Instant.now());
        assertThat(dataset.owner().api().get("/api/v1/chat-messages/" + uri).expect(200).text("body"))
                .isEqualTo("Is this the dataset for the workshop?");

        JsonNode first = dataset.owner().api().get(feed + "?page=1&size=2").expect(200).json();
        assertThat(bodies(first)).containsExactly("third", "second");
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(Instant.parse(first.path("items").get(0).path("createdAt").asString()))
                .isAfter(Instant.parse(first.path("items").get(1).path("createdAt").asString()));
        JsonNode second = dataset.owner().api().get(feed + "?page=2&size=2").expect(200).json();
        assertThat(bodies(second)).containsExactly("Is this the dataset for the workshop?");
        assertThat(second.path("page").asInt()).isEqualTo(2);
        assertThat(second.path("total").asLong()).isEqualTo(3);
        Problems.badRequest(dataset.owner().api().get(feed + "?size=0"), "size");
    }

    @Test
    void tablesAndFoldersHaveFeedsOfTheirOwn() {
        TestDataset dataset = dataset();
        String table = table(dataset);
        String folder = folder(dataset);
        Caller owner = dataset.owner().api();

        owner.post(feed("datasets", dataset.uri()), Map.of("body", "on the dataset")).expect(201);
        assertThat(owner.post(feed("tables", table), Map.of("body", "on the table")).expect(201).text("targetType"))
                .isEqualTo("TABLE");
        owner.post(feed("tables", table), Map.of("body", "again on the table")).expect(201);
        assertThat(owner.post(feed("folders", folder), Map.of("body", "on the folder")).expect(201).text("targetType"))
                .isEqualTo("FOLDER");

        assertThat(bodies(owner.get(feed("datasets", dataset.uri())).expect(200).json())).containsExactly("on the dataset");
        assertThat(bodies(owner.get(feed("tables", table)).expect(200).json()))
                .containsExactly("again on the table", "on the table");
        assertThat(bodies(owner.get(feed("tables", table) + "?size=1&page=2").expect(200).json()))
                .containsExactly("on the table");
        assertThat(bodies(owner.get(feed("folders", folder)).expect(200).json())).containsExactly("on the folder");
    }

    @Test
    void usersOfOtherTeamsReadAndPost() {
        TestDataset dataset = dataset();
        String feed = feed("datasets", dataset.uri());
        dataset.owner().api().post(feed, Map.of("body", "Ask us anything")).expect(201);
        TestUser outsider = user(team());

        assertThat(bodies(outsider.api().get(feed).expect(200).json())).containsExactly("Ask us anything");
        outsider.api().post(feed, Map.of("body", "Which year does it cover?")).expect(201);

        JsonNode seen = dataset.owner().api().get(feed).expect(200).json().path("items").get(0);
        assertThat(seen.path("body").asString()).isEqualTo("Which year does it cover?");
        assertThat(seen.path("author").asString()).isEqualTo(outsider.username());
    }

    @Test
    void consumptionPrincipalsPostUnderTheirNameAndDeleteOnlyTheirOwn() {
        TestDataset dataset = dataset();
        String feed = feed("datasets", dataset.uri());
        TestUser owner = user(team());
        String team = owner.teams().getFirst();
        String environment = environment(owner.api(), organization(owner.api(), team), team);
        String name = unique("cp");
        Caller principal = withToken(owner.api().post("/api/v1/environments/" + environment + "/consumption-principals",
                Map.of("name", name, "team", team)).expect(201).text("token"));

        Response posted = principal.post(feed, Map.of("body", "nightly load reads this")).expect(201);

        assertThat(posted.text("author")).isEqualTo(name);
        assertThat(posted.text("authorKind")).isEqualTo("CONSUMPTION_PRINCIPAL");
        String message = "/api/v1/chat-messages/" + posted.text("uri");
        assertThat(owner.api().delete(message).problem(403)).isEqualTo(
                "User: %s is not authorized to perform: DELETE_CHAT_MESSAGE on chat message %s", owner.username(),
                posted.text("uri"));
        String own = dataset.owner().api().post(feed, Map.of("body", "from a user")).expect(201).text("uri");
        principal.delete("/api/v1/chat-messages/" + own).problem(403);
        principal.delete(message).expect(204);
        assertThat(bodies(principal.get(feed).expect(200).json())).containsExactly("from a user");
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        TestDataset dataset = dataset();
        String feed = feed("datasets", dataset.uri());
        String message = dataset.owner().api().post(feed, Map.of("body", "hello")).expect(201).text("uri");

        anonymous().get(feed).problem(401);
        anonymous().post(feed, Map.of("body", "hello")).problem(401);
        anonymous().get("/api/v1/chat-messages/" + message).problem(401);
        anonymous().delete("/api/v1/chat-messages/" + message).problem(401);
        assertThat(bodies(dataset.owner().api().get(feed).expect(200).json())).containsExactly("hello");
    }

    @Test
    void blankAndTooLongBodiesAreRefusedNamingBody() {
        TestDataset dataset = dataset();
        Caller owner = dataset.owner().api();
        String feed = feed("datasets", dataset.uri());

        for (String blank : List.of("", "   ", "\n\t", "\u2003")) {
            assertThat(Problems.badRequest(owner.post(feed, Map.of("body", blank)), "body")).contains("blank");
        }
        Problems.badRequest(owner.post(feed, Map.of()), "body");
        Problems.badRequest(owner.send(feed, "POST", (String) null, "application/json"), "body");
        assertThat(Problems.badRequest(owner.post(feed, Map.of("body", "x".repeat(4001))), "body")).contains("4000");

        assertThat(owner.post(feed, Map.of("body", "y".repeat(4000))).expect(201).text("body")).hasSize(4000);
        assertThat(owner.post(feed, Map.of("body", "  padded \n")).expect(201).text("body")).isEqualTo("padded");
        assertThat(owner.get(feed).expect(200).json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void unknownAssetsAndTypesAreRefused() {
        Caller caller = user(team()).api();

        assertThat(caller.get(feed("datasets", "nosuchds")).problem(404)).isEqualTo("Dataset 'nosuchds' does not exist");
        assertThat(caller.post(feed("tables", "nosuchtb"), Map.of("body", "hi")).problem(404))
                .isEqualTo("Table 'nosuchtb' does not exist");
        assertThat(caller.post(feed("folders", "nosuchfd"), Map.of("body", "hi")).problem(404))
                .isEqualTo("Folder 'nosuchfd' does not exist");
        assertThat(Problems.badRequest(caller.get(feed("widgets", "abcdefgh")), "type"))
                .isEqualTo("'widgets' has no chats; type must be datasets, tables or folders");
        caller.get("/api/v1/chat-messages/nosuchms").problem(404);
        caller.delete("/api/v1/chat-messages/nosuchms").problem(404);
    }

    @Test
    void authorsDeleteTheirOwnMessagesOnly() {
        TestDataset dataset = dataset();
        String feed = feed("datasets", dataset.uri());
        TestUser other = user(dataset.owner().teams().getFirst());
        String uri = dataset.owner().api().post(feed, Map.of("body", "oops")).expect(201).text("uri");
        String message = "/api/v1/chat-messages/" + uri;

        assertThat(other.api().delete(message).problem(403)).isEqualTo(
                "User: %s is not authorized to perform: DELETE_CHAT_MESSAGE on chat message %s", other.username(), uri);
        assertThat(admin().delete(message).problem(403)).startsWith("User: admin is not authorized");
        dataset.owner().api().delete(message).expect(204);

        dataset.owner().api().get(message).problem(404);
        dataset.owner().api().delete(message).problem(404);
        assertThat(bodies(dataset.owner().api().get(feed).expect(200).json())).isEmpty();
    }

    @Test
    void removedAssetsTakeTheirFeedsAlong() {
        TestDataset dataset = dataset();
        Caller owner = dataset.owner().api();
        String table = table(dataset);
        String folder = folder(dataset);
        String onDataset = owner.post(feed("datasets", dataset.uri()), Map.of("body", "d")).expect(201).text("uri");
        String onTable = owner.post(feed("tables", table), Map.of("body", "t")).expect(201).text("uri");
        String onFolder = owner.post(feed("folders", folder), Map.of("body", "f")).expect(201).text("uri");

        owner.delete("/api/v1/folders/" + folder).expect(204);
        owner.get("/api/v1/chat-messages/" + onFolder).problem(404);
        owner.get(feed("folders", folder)).problem(404);
        owner.get("/api/v1/chat-messages/" + onDataset).expect(200);

        owner.delete("/api/v1/datasets/" + dataset.uri()).expect(204);
        owner.get("/api/v1/chat-messages/" + onDataset).problem(404);
        owner.get("/api/v1/chat-messages/" + onTable).problem(404);
        assertThat(owner.post(feed("datasets", dataset.uri()), Map.of("body", "still there?")).problem(404))
                .isEqualTo("Dataset '%s' does not exist", dataset.uri());
        owner.post(feed("tables", table), Map.of("body", "still there?")).problem(404);
    }

    /** A dataset of a new team, created by a user of that team in an environment of the team. */
    private record TestDataset(String uri, TestUser owner) {
    }

    private TestDataset dataset() {
        String team = team();
        TestUser owner = user(team);
        String environment = environment(owner.api(), organization(owner.api(), team), team);
        String uri = owner.api().post("/api/v1/datasets", Map.of("environmentUri", environment, "name", unique("Sales"),
                "ownerTeam", team, "confidentiality", "UNCLASSIFIED", "topics", List.of("Finance"),
                "tags", List.of("test"))).expect(201).text("uri");
        return new TestDataset(uri, owner);
    }

    /** Uploads a CSV file and crawls it into the dataset's table "fruit"; returns the table's URI. */
    private String table(TestDataset dataset) {
        Caller owner = dataset.owner().api();
        String path = "/api/v1/datasets/" + dataset.uri();
        owner.send(path + "/uploads?prefix=fruit&filename=fruit.csv", "POST",
                "name,colour\napple,red\npear,green\n".getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .expect(201);
        String job = owner.post(path + "/crawls", Map.of("prefix", "fruit")).expect(202).text("uri");
        Eventually.eventually("crawl " + job, () -> owner.get(path + "/jobs/" + job).expect(200).text("status"),
                "SUCCEEDED"::equals);
        return StreamSupport.stream(owner.get(path + "/tables").expect(200).json().spliterator(), false)
                .filter(table -> table.path("name").asString().equals("fruit"))
                .map(table -> table.path("uri").asString())
                .findFirst().orElseThrow();
    }

    private String folder(TestDataset dataset) {
        return dataset.owner().api().post("/api/v1/datasets/" + dataset.uri() + "/folders",
                Map.of("name", "docs", "prefix", "docs")).expect(201).text("uri");
    }

    private static String feed(String type, String uri) {
        return "/api/v1/chats/%s/%s/messages".formatted(type, uri);
    }

    private static List<String> bodies(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(message -> message.path("body").asString()).toList();
    }
}
