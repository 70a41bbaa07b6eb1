package io.lakegate.catalog.internal.index;

import java.time.Instant;
import java.util.List;

/**
 * One asset found by a search. {@code snippet} is a piece of the description, HTML-escaped, with the words that
 * matched the query wrapped in {@code <em>…</em>}; empty when the asset has no description. {@code score} is
 * the relevance (see {@link RankingQuery}), 0 for searches without text.
 */
public record CatalogHit(
        String uri,
        AssetType type,
        String name,
        String label,
        String snippet,
        String datasetUri,
        String ownerTeam,
        String environmentUri,
        String environmentName,
        String organizationUri,
        String organizationName,
        String region,
        String classification,
        List<String> tags,
        List<String> topics,
        List<GlossaryTerm> terms,
        long votes,
        Instant createdAt,
        Instant updatedAt,
        float score) {
}
