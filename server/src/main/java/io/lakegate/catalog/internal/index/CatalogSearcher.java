package io.lakegate.catalog.internal.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A searcher over one point-in-time view of the index, with what facet counting needs of that view: the ordinal
 * map of the facet values, built once per refresh on the refreshing thread, and the counts over every asset,
 * computed once when first asked for (the catalog's landing page and many drill-sideways counts). Searches and
 * counts run on the given executor too, a share of the index's segments per thread, so that a search that matches
 * most of a large catalog still answers fast.
 */
final class CatalogSearcher extends IndexSearcher {

    private final ExecutorService executor;
    /** Null while no asset in this view has a facet value. */
    private final SortedSetDocValuesReaderState facetState;
    /** Guarded by this searcher: Lucene's counts read their values through one iterator. */
    private Facets allCounts;

    private CatalogSearcher(IndexReader reader, Similarity similarity, ExecutorService executor) throws IOException {
        super(reader, executor);
        this.executor = executor;
        setSimilarity(similarity);
        boolean hasFacets = reader.leaves().stream().map(LeafReaderContext::reader)
                .anyMatch(leaf -> leaf.getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, Facet.CONFIG) : null;
    }

    static SearcherFactory factory(Similarity similarity, ExecutorService executor) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new CatalogSearcher(reader, similarity, executor);
            }
        };
    }

    /**
     * The facet values of {@code matches} (null: of every asset), counted; null when there are none in this view.
     */
    Facets countFacets(FacetsCollector matches) throws IOException {
        if (facetState == null) {
            return null;
        }
        try {
            return new ConcurrentSortedSetDocValuesFacetCounts(facetState, matches, executor);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while counting facets");
        }
    }

    /** {@code facet}'s values counted over every asset. */
    synchronized List<FacetCount> listOverAll(Facet facet, Set<String> selected) throws IOException {
        if (allCounts == null) {
            allCounts = countFacets(null);
        }
        return FacetLists.of(allCounts, facet, selected);
    }
}
