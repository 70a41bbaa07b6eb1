package io.lakegate.worksheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import io.lakegate.dataset.DatasetTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A query's whole result is kept for the retention, then deleted: its history stays. */
class QueryResultsRetentionTest extends DatasetTestSupport {

    @Autowired
    QueryService queries;

    @Test
    void resultsPastTheRetentionAreDeletedAndSaySo() throws IOException {
        Producer team = producer();
        String worksheet = team.api().post("/api/v1/worksheets", Map.of("name", unique("Kept"), "ownerTeam", team.team(),
                "environmentUri", team.environment())).expect(201).text("uri");
        String query = team.api().post("/api/v1/worksheets/" + worksheet + "/queries", Map.of("sql", "select 1 as one"))
                .expect(200).text("uri");
        team.api().get("/api/v1/queries/" + query + "/download?format=csv").expect(200);
        Path file = resultFile(query + ".parquet");
        assertThat(file.resolveSibling(query + ".csv")).exists();

        queries.deleteResultsFinishedBefore(Instant.now().minus(Duration.ofMinutes(1)));
        assertThat(file).as("younger than the retention").exists();
        queries.deleteResultsFinishedBefore(Instant.now().plus(Duration.ofMinutes(1)));

        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling(query + ".csv")).doesNotExist();
        assertThat(team.api().get("/api/v1/queries/" + query + "/results").problem(409)).contains("no longer kept");
        assertThat(team.api().get("/api/v1/queries/" + query).expect(200).json().path("resultsKept").asBoolean()).isFalse();
    }

    /** A result file, in the directory of the sandbox that wrote it. */
    private Path resultFile(String name) throws IOException {
        try (Stream<Path> files = Files.walk(dataDir().resolve("query-results"))) {
            return files.filter(file -> file.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }
}
