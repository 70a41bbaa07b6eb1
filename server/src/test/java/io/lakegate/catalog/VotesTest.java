package io.lakegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.lakegate.dataset.DatasetTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Up-votes on datasets, tables and folders. */
class VotesTest extends DatasetTestSupport {

    @Test
    void everySignedInUserVotesOnceAndMayTakeTheVoteBack() {
        TestDataset dataset = dataset();
        TestUser reader = user(team());
        String votes = "/api/v1/votes/datasets/" + dataset.uri();

        JsonNode first = reader.api().put(votes, null).expect(200).json();
        assertThat(first.path("count").asLong()).isEqualTo(1);
        assertThat(first.path("upvoted").asBoolean()).isTrue();
        assertThat(reader.api().put(votes, null).expect(200).json().path("count").asLong()).isEqualTo(1);
        JsonNode owners = dataset.owner().put(votes, null).expect(200).json();
        assertThat(owners.path("count").asLong()).isEqualTo(2);

        JsonNode taken = reader.api().delete(votes).expect(200).json();
        assertThat(taken.path("count").asLong()).isEqualTo(1);
        assertThat(taken.path("upvoted").asBoolean()).isFalse();
        assertThat(reader.api().get(votes).expect(200).json().path("count").asLong()).isEqualTo(1);
        anonymous().put(votes, null).problem(401);
    }

    @Test
    void votesNeedAnAssetThatExists() {
        TestDataset dataset = dataset();
        upload(dataset.owner(), dataset.uri(), "docs", "a.txt", "x").expect(201);
        String folder = dataset.owner().post(path(dataset.uri()) + "/folders", Map.of("name", "docs", "prefix", "docs"))
                .expect(201).text("uri");

        assertThat(dataset.owner().put("/api/v1/votes/folders/" + folder, null).expect(200).json().path("count").asLong())
                .isEqualTo(1);
        dataset.owner().put("/api/v1/votes/tables/nosuchtb", null).problem(404);
        dataset.owner().put("/api/v1/votes/dashboards/" + folder, null).problem(404);
        dataset.owner().delete("/api/v1/folders/" + folder).expect(204);
        dataset.owner().get("/api/v1/votes/folders/" + folder).problem(404);
    }
}
