package io.lakegate.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.lakegate.test.Problems;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Uploads into datasets: raw and multipart, with their job, the crawl they start, and every bad input refused. */
class UploadsTest extends DatasetTestSupport {

    @Test
    void rawUploadStoresTheFileUnderThePrefixAsAJob() throws IOException {
        TestDataset dataset = dataset();

        JsonNode job = upload(dataset.owner(), dataset.uri(), "raw/2024", "sales.csv", "a,b\n1,2\n").expect(201).json();

        assertThat(job.path("kind").asString()).isEqualTo("UPLOAD");
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("percent").asInt()).isEqualTo(100);
        assertThat(job.path("result").path("objects").get(0).path("key").asString()).isEqualTo("raw/2024/sales.csv");
        assertThat(job.path("result").path("bytes").asLong()).isEqualTo(8);
        assertThat(Files.readString(location(dataset).resolve("raw/2024/sales.csv"))).isEqualTo("a,b\n1,2\n");
        JsonNode listed = dataset.owner().get(path(dataset.uri()) + "/jobs?kind=UPLOAD").expect(200).json();
        assertThat(listed.path("items").get(0).path("uri").asString()).isEqualTo(job.path("uri").asString());
    }

    @Test
    void multipartUploadStoresEveryFileOrNone() throws IOException {
        TestDataset dataset = dataset();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("one.csv", "a\n1\n");
        files.put("two.csv", "a\n2\n");

        JsonNode job = uploadMultipart(dataset.owner(), dataset.uri(), "numbers", files).expect(201).json();
        assertThat(job.path("result").path("objects")).hasSize(2);
        assertThat(Files.readString(location(dataset).resolve("numbers/two.csv"))).isEqualTo("a\n2\n");

        Map<String, String> withEmpty = new LinkedHashMap<>();
        withEmpty.put("three.csv", "a\n3\n");
        withEmpty.put("empty.csv", "");
        assertThat(Problems.badRequest(uploadMultipart(dataset.owner(), dataset.uri(), "more", withEmpty), "file"))
                .isEqualTo("more/empty.csv is empty");
        assertThat(location(dataset).resolve("more")).doesNotExist();
        assertThat(filesUnder(location(dataset))).containsExactlyInAnyOrder("numbers/one.csv", "numbers/two.csv");
        JsonNode failed = dataset.owner().get(path(dataset.uri()) + "/jobs?kind=UPLOAD").expect(200).json().path("items").get(0);
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("error").asString()).isEqualTo("more/empty.csv is empty");
    }

    @Test
    void uploadWithInferSchemaStartsACrawlOfThePrefix() {
        TestDataset dataset = dataset();

        JsonNode job = dataset.owner().send("%s/uploads?prefix=fruit&filename=fruit.csv&inferSchema=true".formatted(path(dataset.uri())),
                "POST", "id,name\n1,apple\n".getBytes(), "text/csv").expect(201).json();

        String crawl = job.path("result").path("crawlJobUri").asString();
        assertThat(awaitJob(dataset.owner(), dataset.uri(), crawl).path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(table(dataset.owner(), dataset.uri(), "fruit").path("columns")).hasSize(2);
        Problems.badRequest(dataset.owner().send(path(dataset.uri()) + "/uploads?filename=x.csv&inferSchema=true", "POST",
                "a\n1\n".getBytes(), "text/csv"), "prefix");
    }

    @Test
    void badPathsAndEmptyFilesAreRefusedAndNothingIsWritten() throws IOException {
        TestDataset dataset = dataset();
        Path environmentRoot = location(dataset).getParent();
        List<String> before = filesUnder(environmentRoot);

        assertThat(Problems.badRequest(upload(dataset.owner(), dataset.uri(), "../escape", "x.csv", "a\n1\n"), "prefix"))
                .contains("'..'");
        Problems.badRequest(upload(dataset.owner(), dataset.uri(), "/etc", "x.csv", "a\n1\n"), "prefix");
        Problems.badRequest(upload(dataset.owner(), dataset.uri(), "raw\0x", "x.csv", "a\n1\n"), "prefix");
        Problems.badRequest(upload(dataset.owner(), dataset.uri(), "raw", "../../x.csv", "a\n1\n"), "filename");
        Problems.badRequest(upload(dataset.owner(), dataset.uri(), "raw", "/etc/x.csv", "a\n1\n"), "filename");
        Problems.badRequest(upload(dataset.owner(), dataset.uri(), "raw", "x\0.csv", "a\n1\n"), "filename");
        Problems.badRequest(dataset.owner().send(path(dataset.uri()) + "/uploads?prefix=raw", "POST", "a".getBytes(),
                "application/octet-stream"), "filename");
        assertThat(Problems.badRequest(upload(dataset.owner(), dataset.uri(), "raw", "empty.csv", ""), "file"))
                .isEqualTo("raw/empty.csv is empty");
        Problems.badRequest(uploadMultipart(dataset.owner(), dataset.uri(), "raw", Map.of("..", "a\n1\n")), "file");
        Problems.badRequest(uploadMultipart(dataset.owner(), dataset.uri(), "raw", Map.of("x\0.csv", "a\n1\n")), "file");
        Problems.badRequest(uploadMultipart(dataset.owner(), dataset.uri(), "raw", Map.of()), "file");

        assertThat(filesUnder(environmentRoot)).containsExactlyInAnyOrderElementsOf(before);
        // a browser's file name loses any directory: the file lands under the prefix
        uploadMultipart(dataset.owner(), dataset.uri(), "raw", Map.of("../../x.csv", "a\n1\n")).expect(201);
        assertThat(filesUnder(location(dataset))).containsExactly("raw/x.csv");
    }

    @Test
    void anUploadCutOffMidwayLeavesNoFileAndAFailedJob() throws Exception {
        TestDataset dataset = dataset();
        String path = path(dataset.uri()) + "/uploads?prefix=raw&filename=cut.csv";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            String head = "POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s\r\n"
                    .formatted(path, dataset.owner().token())
                    + "Content-Type: application/octet-stream\r\nContent-Length: 1000000\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write("a,b\n1,2\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }

        JsonNode job = io.lakegate.test.Eventually.eventually("the cut-off upload's job",
                () -> dataset.owner().get(path(dataset.uri()) + "/jobs?kind=UPLOAD").expect(200).json().path("items"),
                items -> items.size() == 1 && items.get(0).path("status").asString().equals("FAILED")).get(0);
        assertThat(job.path("error").asString()).startsWith("The upload broke off");
        assertThat(filesUnder(location(dataset))).isEmpty();
        try (Stream<Path> staged = Files.walk(location(dataset))) {
            assertThat(staged.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void onlyOwnersUpload() {
        Producer producer = producer();
        String stewards = team();
        TestUser steward = user(stewards);
        TestDataset dataset = dataset(producer, Map.of("stewardsTeam", stewards));

        assertThat(upload(steward.api(), dataset.uri(), "raw", "x.csv", "a\n1\n").problem(403))
                .isEqualTo("User: %s is not authorized to perform: UPLOAD_DATASET on dataset %s", steward.username(), dataset.uri());
        upload(user(team()).api(), dataset.uri(), "raw", "x.csv", "a\n1\n").problem(403);
        anonymous().send(path(dataset.uri()) + "/uploads?prefix=raw&filename=x.csv", "POST", "a".getBytes(),
                "application/octet-stream").problem(401);
        steward.api().post(path(dataset.uri()) + "/crawls", Map.of()).problem(403);
        steward.api().get(path(dataset.uri()) + "/jobs").expect(200);
        user(team()).api().get(path(dataset.uri()) + "/jobs").problem(403);
    }

    private static Path location(TestDataset dataset) {
        return Path.of(dataset.view().path("storageLocation").asString());
    }

    /** Every file under the directory, relative to it, leaving out Lakegate's own staging directories. */
    private static List<String> filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString())
                    .filter(file -> !file.contains(".lakegate-"))
                    .toList();
        }
    }
}
