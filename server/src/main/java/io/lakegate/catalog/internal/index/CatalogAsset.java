package io.lakegate.catalog.internal.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the catalog indexes of one dataset, table or folder. {@code datasetUri} is the dataset's own uri
 * for a dataset; {@code terms} holds approved glossary terms only; {@code columns} is empty but for tables.
 * Text that an asset lacks may be null or blank.
 */
public record CatalogAsset(
        String uri,
        AssetType type,
        String name,
        String label,
        String description,
        List<String> tags,
        List<String> topics,
        String classification,
        String region,
        String environmentUri,
        String environmentName,
        String organizationUri,
        String organizationName,
        String ownerTeam,
        String datasetUri,
        List<GlossaryTerm> terms,
        List<ColumnText> columns,
        long votes,
        Instant createdAt,
        Instant updatedAt) {

    public CatalogAsset {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        tags = tags == null ? List.of() : List.copyOf(tags);
        topics = topics == null ? List.of() : List.copyOf(topics);
        terms = terms == null ? List.of() : List.copyOf(terms);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
