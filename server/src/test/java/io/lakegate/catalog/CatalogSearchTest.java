package io.lakegate.catalog;

import static io.lakegate.test.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.lakegate.dataset.DatasetTestSupport;
import io.lakegate.test.Caller;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The catalog through HTTP: every change shows in the next search, facets, access per hit, glossary terms, hostile text. */
class CatalogSearchTest extends DatasetTestSupport {

    @Test
    void aCreatedEditedAndDeletedDatasetShowsSoInTheNextSearch() {
        TestDataset dataset = dataset(producer(), Map.of("name", "Zephyr Orders " + unique(""),
                "description", "Orders of the zephyr shop"));
        TestUser reader = user(team());

        JsonNode hit = hitFor(reader.api(), "zephyr", dataset.uri());
        assertThat(hit.path("access").asString()).isEqualTo("NONE");
        assertThat(hitFor(dataset.owner(), "zephyr", dataset.uri()).path("access").asString()).isEqualTo("OWNER");

        String word = uniqueWord("quasar");
        dataset.owner().patch(path(dataset.uri()), Map.of("description", "Now about " + word)).expect(200);
        JsonNode found = hitFor(reader.api(), word, dataset.uri());
        assertThat(found.path("asset").path("snippet").asString()).contains("<em>" + word + "</em>");

        dataset.owner().delete(path(dataset.uri())).expect(204);
        assertThat(search(reader.api(), "q=" + word).json().path("total").asLong()).isZero();
    }

    @Test
    void tablesAndApprovedTermsAreSearchableAndFaceted() {
        TestDataset dataset = dataset(producer(), Map.of("topics", List.of("Logistics"), "tags", List.of("nebula")));
        upload(dataset.owner(), dataset.uri(), "parcels", "parcels.csv", "parcel_id,weight\n1,2.5\n").expect(201);
        crawl(dataset.owner(), dataset.uri(), "parcels");
        String glossaryTeam = team();
        TestUser glossaryOwner = user(glossaryTeam);
        String glossary = glossaryOwner.api().post("/api/v1/glossaries", Map.of("name", unique("Ops"),
                "ownerTeam", glossaryTeam)).expect(201).text("uri");
        JsonNode term = glossaryOwner.api().post("/api/v1/glossaries/" + glossary + "/terms", Map.of("name", "Freight"))
                .expect(201).json();
        String link = dataset.owner().post("/api/v1/glossary-links", Map.of("termUri", term.path("uri").asString(),
                "targetType", "DATASET", "targetUri", dataset.uri())).expect(201).text("uri");
        String termFilter = "terms=" + encode(term.path("path").asString());

        assertThat(search(dataset.owner(), termFilter).json().path("total").asLong())
                .as("a link counts once approved").isZero();
        glossaryOwner.api().post("/api/v1/glossary-links/" + link + "/approve", null).expect(200);
        JsonNode byTerm = search(dataset.owner(), termFilter).json();
        assertThat(byTerm.path("total").asLong()).isEqualTo(1);
        assertThat(byTerm.path("hits").get(0).path("asset").path("uri").asString()).isEqualTo(dataset.uri());

        JsonNode tables = search(dataset.owner(), "q=parcel_id&type=TABLE").json();
        assertThat(tables.path("hits").get(0).path("asset").path("name").asString()).isEqualTo("parcels");
        JsonNode faceted = search(dataset.owner(), "tags=nebula").json();
        assertThat(faceted.path("total").asLong()).isEqualTo(1);
        assertThat(faceted.path("facets").path("topics").valueStream()
                .map(count -> count.path("value").asString() + "=" + count.path("count").asLong())).contains("Logistics=1");
        assertThat(dataset.owner().get("/api/v1/catalog/topics").expect(200).json().valueStream()
                .map(count -> count.path("value").asString())).contains("Logistics");
        assertThat(dataset.owner().get("/api/v1/catalog/tags?prefix=NEB").expect(200).json().valueStream()
                .map(count -> count.path("value").asString())).containsExactly("nebula");

        dataset.owner().put("/api/v1/votes/datasets/" + dataset.uri(), null).expect(200);
        assertThat(search(dataset.owner(), "tags=nebula").json().path("hits").get(0).path("asset").path("votes").asLong())
                .isEqualTo(1);

        String task = admin().post("/api/v1/admin/catalog/reindex", null).expect(202).text("task");
        eventually("the reindex task to finish", () -> admin().get("/api/v1/admin/tasks?task=catalog-reindex&status=SUCCEEDED")
                        .expect(200).json().path("runs").path("items").valueStream()
                        .anyMatch(run -> run.path("instance").asString().equals(task)),
                Boolean::booleanValue);
        JsonNode rebuilt = search(dataset.owner(), termFilter + "&tags=nebula").json();
        assertThat(rebuilt.path("total").asLong()).as("terms and votes survive a full reindex").isEqualTo(1);
        assertThat(rebuilt.path("hits").get(0).path("asset").path("votes").asLong()).isEqualTo(1);
        assertThat(search(dataset.owner(), "q=parcel_id&type=TABLE").json().path("hits").get(0).path("asset")
                .path("name").asString()).isEqualTo("parcels");
    }

    @Test
    void searchSyntaxIsTextAndLimitsAreClearErrors() {
        Caller reader = user(team()).api();
        for (String hostile : List.of("*:*", "name:*", "\"unbalanced", "sales~2 AND (x", "/.*/", "[a TO z]", "\\",
                "a OR ".repeat(1000) + "b")) {
            Response response = search(reader, "q=" + encode(hostile));
            assertThat(response.status()).as(hostile).isIn(200, 400);
        }
        search(reader, "q=" + "x".repeat(10_000)).problem(400);
        search(reader, "size=0").problem(400);
        search(reader, "type=DASHBOARD").problem(400);
        anonymous().get("/api/v1/catalog/search?q=x").problem(401);
    }

    @Test
    void onlyAdminsReindex() {
        user(team()).api().post("/api/v1/admin/catalog/reindex", null).problem(403);
        admin().post("/api/v1/admin/catalog/reindex", null).expect(202);
    }

    /** The hit on {@code uri} among the hits for {@code text}, which must be there. */
    private static JsonNode hitFor(Caller caller, String text, String uri) {
        return search(caller, "q=" + encode(text)).json().path("hits").valueStream()
                .filter(hit -> hit.path("asset").path("uri").asString().equals(uri))
                .findFirst().orElseThrow(() -> new AssertionError("no hit on %s for %s".formatted(uri, text)));
    }

    private static Response search(Caller caller, String query) {
        return caller.get("/api/v1/catalog/search?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
