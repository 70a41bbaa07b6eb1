package io.lakegate.dataset;

import java.time.Instant;
import java.util.List;

/**
 * A dataset, table or folder as other modules see it: its metadata, never its data.
 *
 * @param datasetUri   the dataset the asset belongs to (its own URI for a dataset)
 * @param stewardsTeam null when the dataset has none
 * @param columns      a table's columns; empty for datasets and folders
 */
public record DataAsset(AssetType type, String uri, String datasetUri, String name, String description,
        List<String> tags, List<String> topics, String classification, String region, String environmentUri,
        String organizationUri, String ownerTeam, String stewardsTeam, List<Column> columns, Instant createdAt,
        Instant updatedAt) {

    public DataAsset {
        tags = List.copyOf(tags);
        topics = List.copyOf(topics);
        columns = List.copyOf(columns);
    }

    /** A column of a table: its name, engine type and description (null when none was written). */
    public record Column(String name, String type, String description) {
    }
}
