package io.lakegate.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.lakegate.test.Problems;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Folders of datasets (guide 4.2.2): their metadata, their files, downloads with ranges, and who may do what. */
class FoldersTest extends DatasetTestSupport {

    @Test
    void ownersCreateEditAndDeleteFoldersWhoseFilesStay() {
        TestDataset dataset = dataset();
        upload(dataset.owner(), dataset.uri(), "pdfs/2024", "report.pdf", "%PDF-1.4 report").expect(201);

        Response created = dataset.owner().post(path(dataset.uri()) + "/folders", Map.of("name", "january-pdfs",
                "prefix", "pdfs/", "description", "PDF prints", "tags", List.of("pdf"))).expect(201);
        String folder = created.text("uri");
        assertThat(created.headers().firstValue("location")).hasValue("/api/v1/folders/" + folder);
        assertThat(created.json().path("prefix").asString()).isEqualTo("pdfs");
        assertThat(created.json().path("storageLocation").asString()).endsWith("/pdfs");

        JsonNode edited = dataset.owner().patch("/api/v1/folders/" + folder, Map.of("description", "Reports")).expect(200).json();
        assertThat(edited.path("description").asString()).isEqualTo("Reports");
        assertThat(dataset.owner().get(path(dataset.uri()) + "/folders").expect(200).json()).hasSize(1);
        Problems.badRequest(dataset.owner().post(path(dataset.uri()) + "/folders",
                Map.of("name", "january-pdfs", "prefix", "other")), "name");
        Problems.badRequest(dataset.owner().post(path(dataset.uri()) + "/folders", Map.of("name", "again", "prefix", "pdfs")),
                "prefix");
        Problems.badRequest(dataset.owner().post(path(dataset.uri()) + "/folders", Map.of("name", "up", "prefix", "../x")),
                "prefix");
        Problems.badRequest(dataset.owner().post(path(dataset.uri()) + "/folders", Map.of("name", "dot", "prefix", ".lakegate-uploads")),
                "prefix");

        dataset.owner().delete("/api/v1/folders/" + folder).expect(204);
        dataset.owner().get("/api/v1/folders/" + folder).problem(404);
        upload(dataset.owner(), dataset.uri(), "pdfs/2024", "other.pdf", "x").expect(201);
    }

    @Test
    void readersListAndDownloadObjectsWithRanges() {
        Producer producer = producer();
        String stewards = team();
        TestUser steward = user(stewards);
        TestDataset dataset = dataset(producer, Map.of("stewardsTeam", stewards));
        upload(dataset.owner(), dataset.uri(), "docs", "readme.txt", "0123456789").expect(201);
        upload(dataset.owner(), dataset.uri(), "docs/2024", "a.txt", "a").expect(201);
        String folder = dataset.owner().post(path(dataset.uri()) + "/folders", Map.of("name", "docs", "prefix", "docs"))
                .expect(201).text("uri");

        JsonNode all = steward.api().get("/api/v1/folders/" + folder + "/objects").expect(200).json();
        assertThat(keys(all)).containsExactly("2024/a.txt", "readme.txt");
        JsonNode level = steward.api().get("/api/v1/folders/" + folder + "/objects?delimiter=/").expect(200).json();
        assertThat(keys(level)).containsExactly("readme.txt");
        assertThat(level.path("folders").get(0).asString()).isEqualTo("2024/");
        assertThat(keys(steward.api().get("/api/v1/folders/" + folder + "/objects?path=2024").expect(200).json()))
                .containsExactly("2024/a.txt");

        Response whole = steward.api().get("/api/v1/folders/" + folder + "/content?key=readme.txt").expect(200);
        assertThat(whole.body()).isEqualTo("0123456789");
        assertThat(whole.headers().firstValue("accept-ranges")).hasValue("bytes");
        Response ranged = rangeGet(dataset.owner(), "/api/v1/folders/" + folder + "/content?key=readme.txt", "bytes=2-5");
        assertThat(ranged.status()).isEqualTo(206);
        assertThat(ranged.body()).isEqualTo("2345");
        assertThat(ranged.headers().firstValue("content-range")).hasValue("bytes 2-5/10");
        assertThat(rangeGet(dataset.owner(), "/api/v1/folders/" + folder + "/content?key=readme.txt", "bytes=-3").body())
                .isEqualTo("789");
        assertThat(rangeGet(dataset.owner(), "/api/v1/folders/" + folder + "/content?key=readme.txt", "bytes=20-").status())
                .isEqualTo(416);
        dataset.owner().get("/api/v1/folders/" + folder + "/content?key=missing.txt").problem(404);
        Problems.badRequest(dataset.owner().get("/api/v1/folders/" + folder + "/content?key=../../etc/passwd"), "key");
        Problems.badRequest(dataset.owner().get("/api/v1/folders/" + folder + "/objects?path=../.."), "path");
    }

    @Test
    void usersWithoutAccessGetNoFilesButSeeTheMetadata() {
        TestDataset dataset = dataset();
        upload(dataset.owner(), dataset.uri(), "docs", "readme.txt", "secret").expect(201);
        String folder = dataset.owner().post(path(dataset.uri()) + "/folders", Map.of("name", "docs", "prefix", "docs"))
                .expect(201).text("uri");
        TestUser outsider = user(team());

        JsonNode seen = outsider.api().get("/api/v1/folders/" + folder).expect(200).json();
        assertThat(seen.path("name").asString()).isEqualTo("docs");
        assertThat(seen.path("storageLocation").isNull()).isTrue();
        assertThat(outsider.api().get("/api/v1/folders/" + folder + "/objects").problem(403))
                .startsWith("User: %s is not authorized to perform: LIST_FOLDER_OBJECTS".formatted(outsider.username()));
        outsider.api().get("/api/v1/folders/" + folder + "/content?key=readme.txt").problem(403);
        outsider.api().post(path(dataset.uri()) + "/folders", Map.of("name", "mine", "prefix", "mine")).problem(403);
        outsider.api().patch("/api/v1/folders/" + folder, Map.of("description", "x")).problem(403);
        outsider.api().delete("/api/v1/folders/" + folder).problem(403);
    }

    private Response rangeGet(io.lakegate.test.Caller caller, String path, String range) {
        return caller.get(path, Map.of("Range", range));
    }

    private static List<String> keys(JsonNode listing) {
        return StreamSupport.stream(listing.path("objects").spliterator(), false)
                .map(object -> object.path("key").asString()).toList();
    }
}
