package io.lakegate.catalog.internal.index;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A searcher over one point-in-time view of the index, with the facets' ordinal maps for that view: building
 * them costs a pass over each facet's values, so it happens once per refresh, on the refreshing thread.
 */
final class CatalogSearcher extends IndexSearcher {

    private final Map<Facet, StringDocValuesReaderState> facetStates = new EnumMap<>(Facet.class);

    private CatalogSearcher(IndexReader reader, Similarity similarity) throws IOException {
        super(reader);
        setSimilarity(similarity);
        for (Facet facet : Facet.values()) {
            facetStates.put(facet, new StringDocValuesReaderState(reader, facet.field));
        }
    }

    static SearcherFactory factory(Similarity similarity) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new CatalogSearcher(reader, similarity);
            }
        };
    }

    StringDocValuesReaderState facetState(Facet facet) {
        return facetStates.get(facet);
    }
}
