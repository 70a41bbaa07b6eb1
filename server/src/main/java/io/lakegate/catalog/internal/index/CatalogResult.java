package io.lakegate.catalog.internal.index;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits, the number of assets that matched, and the facet counts, keyed {@code type},
 * {@code tags}, {@code topics}, {@code region}, {@code classification} and {@code terms} (always all six,
 * in that order; a facet's values by count, highest first, then by value).
 */
public record CatalogResult(long total, List<CatalogHit> hits, Map<String, List<FacetCount>> facets) {
}
