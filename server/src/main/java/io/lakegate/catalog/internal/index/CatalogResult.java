package io.lakegate.catalog.internal.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of search hits, the number of assets that matched, and the facet counts, keyed {@code type},
 * {@code tags}, {@code topics}, {@code region}, {@code classification} and {@code terms}: always all six, in that
 * order, each with its 20 most frequent values and every value the search filters by, by count, then by value.
 */
public record CatalogResult(long total, List<CatalogHit> hits, Map<String, List<FacetCount>> facets) {

    public CatalogResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }
}
