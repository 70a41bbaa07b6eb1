package io.lakegate.catalog.internal.index;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facets of a search. Each is a keyword field of the index, named as the facet, holding the exact values
 * that searches filter by and that the facet counts.
 */
enum Facet {
    TYPE("type"),
    TAGS("tags"),
    TOPICS("topics"),
    REGION("region"),
    CLASSIFICATION("classification"),
    TERMS("terms");

    final String field;

    Facet(String field) {
        this.field = field;
    }

    /** The values of this facet that {@code query} filters by; empty when it does not filter by this facet. */
    Set<String> selected(CatalogQuery query) {
        return switch (this) {
            case TYPE -> query.types().stream().map(AssetType::name).collect(Collectors.toUnmodifiableSet());
            case TAGS -> query.tags();
            case TOPICS -> query.topics();
            case REGION -> query.regions();
            case CLASSIFICATION -> query.classifications();
            case TERMS -> query.terms();
        };
    }
}
