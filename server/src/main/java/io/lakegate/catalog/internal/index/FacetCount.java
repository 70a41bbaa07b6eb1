package io.lakegate.catalog.internal.index;

/** How many assets of a search result carry one value of a facet. */
public record FacetCount(String value, long count) {
}
