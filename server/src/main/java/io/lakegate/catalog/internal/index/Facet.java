package io.lakegate.catalog.internal.index;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The facets of a search. All of them share one doc-values field, so that counting them is one pass over the
 * matching assets, and one indexed field of {@code facet/value} terms that filters match. The stored field of the
 * same name as the facet keeps its values for hits.
 */
enum Facet {
    TYPE("type", false),
    TAGS("tags", true),
    TOPICS("topics", true),
    REGION("region", false),
    CLASSIFICATION("classification", false),
    TERMS("terms", true);

    static final FacetsConfig CONFIG = new FacetsConfig();

    static {
        for (Facet facet : values()) {
            CONFIG.setMultiValued(facet.field, facet.multiValued);
            CONFIG.setDrillDownTermsIndexing(facet.field, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
    }

    final String field;
    private final boolean multiValued;

    Facet(String field, boolean multiValued) {
        this.field = field;
        this.multiValued = multiValued;
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

    /** The assets with any of {@code values}. */
    Query filter(Collection<String> values) {
        return new TermInSetQuery(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, values.stream()
                .map(value -> new BytesRef(FacetsConfig.pathToString(field, value(value))))
                .toList());
    }

    /**
     * {@code raw} as a facet value: Lucene keeps facet paths in one string, joined by a control character that
     * a value must therefore not contain.
     */
    static String value(String raw) {
        return raw.replace(FacetsConfig.DELIM_CHAR, ' ').strip();
    }
}
