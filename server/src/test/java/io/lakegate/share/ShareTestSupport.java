package io.lakegate.share;

import java.util.List;
import java.util.Map;

import io.lakegate.dataset.DatasetTestSupport;
import io.lakegate.test.Caller;
import tools.jackson.databind.JsonNode;

/** A producer's dataset with a table and a folder, a consumer team in an environment of its own, and share calls. */
public abstract class ShareTestSupport extends DatasetTestSupport {

    public static final String SHARES = "/api/v1/shares";

    /** A dataset with table {@code sales} (3 rows) and folder {@code reports} holding {@code q1.txt}. */
    public record SharedData(TestDataset dataset, String table, String folder) {

        public Caller owner() {
            return dataset.owner();
        }

        public String uri() {
            return dataset.uri();
        }
    }

    /** A team with a user and an environment of its own, where it may open share requests. */
    public record Consumer(String team, TestUser user, String environment) {

        public Caller api() {
            return user.api();
        }
    }

    protected SharedData sharedData() {
        TestDataset dataset = dataset();
        upload(dataset.owner(), dataset.uri(), "sales", "sales.csv", "id,region,amount\n1,north,10\n2,south,20\n3,north,30\n")
                .expect(201);
        crawl(dataset.owner(), dataset.uri(), "sales");
        String table = table(dataset.owner(), dataset.uri(), "sales").path("uri").asString();
        String folder = dataset.owner().post(path(dataset.uri()) + "/folders", Map.of("name", "reports", "prefix", "reports"))
                .expect(201).text("uri");
        upload(dataset.owner(), dataset.uri(), "reports", "q1.txt", "first quarter").expect(201);
        return new SharedData(dataset, table, folder);
    }

    protected Consumer consumer() {
        String team = team();
        TestUser user = user(team);
        return new Consumer(team, user, environment(user.api(), organization(user.api(), team), team));
    }

    /** Opens a request of the consumer's team for the items (type, uri pairs); returns the share's view. */
    protected JsonNode open(Consumer consumer, SharedData data, String consumptionPrincipal, List<Map<String, String>> items) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("datasetUri", data.uri(),
                "environmentUri", consumer.environment(), "requesterTeam", consumer.team(), "items", items));
        if (consumptionPrincipal != null) {
            body.put("consumptionPrincipalUri", consumptionPrincipal);
        }
        return consumer.api().post(SHARES, body).expect(201).json();
    }

    protected static Map<String, String> tableItem(SharedData data) {
        return Map.of("type", "TABLE", "uri", data.table());
    }

    protected static Map<String, String> folderItem(SharedData data) {
        return Map.of("type", "FOLDER", "uri", data.folder());
    }

    protected static String share(String uri) {
        return SHARES + "/" + uri;
    }

    /** The share's items by name. */
    protected static Map<String, JsonNode> itemsByName(JsonNode share) {
        Map<String, JsonNode> items = new java.util.TreeMap<>();
        share.path("items").forEach(item -> items.put(item.path("name").asString(), item));
        return items;
    }

    protected static String preview(String table) {
        return "/api/v1/tables/" + table + "/preview";
    }

    protected static String download(String folder, String key) {
        return "/api/v1/folders/" + folder + "/content?key=" + key;
    }
}
