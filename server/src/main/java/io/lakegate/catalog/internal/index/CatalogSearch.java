package io.lakegate.catalog.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;

/**
 * One search over one view of the index: the page of hits with their snippets, the total, and the facet counts.
 *
 * <p>Facets count drill-sideways: each facet counts over the assets that match the text and every filter but
 * its own, so that a user who picked one tag still sees how many assets every other tag would add. A facet
 * without a filter simply counts over the result. See {@link FacetLists} for which values are listed.
 */
final class CatalogSearch {

    private static final Sort RELEVANCE = new Sort(
            SortField.FIELD_SCORE,
            new SortField(AssetDocuments.VOTES, SortField.Type.LONG, true),
            KeywordField.newSortField(AssetDocuments.NAME_KEY, false, SortedSetSelector.Type.MIN),
            KeywordField.newSortField(AssetDocuments.URI, false, SortedSetSelector.Type.MIN));
    private static final Sort RECENT_FIRST = new Sort(
            new SortField(AssetDocuments.UPDATED_AT, SortField.Type.LONG, true),
            KeywordField.newSortField(AssetDocuments.URI, false, SortedSetSelector.Type.MIN));

    private final CatalogSearcher searcher;
    private final CatalogAnalyzer analyzer;
    private final AssetDocuments documents;
    private final CatalogQuery query;
    /** Null when the search text has no words: every asset matches. */
    private final RankingQuery text;
    private final Map<Facet, Query> filters = new EnumMap<>(Facet.class);

    CatalogSearch(CatalogSearcher searcher, CatalogAnalyzer analyzer, AssetDocuments documents, CatalogQuery query) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.documents = documents;
        this.query = query;
        this.text = RankingQuery.of(analyzer.words(query.text()));
        for (Facet facet : Facet.values()) {
            Set<String> selected = facet.selected(query);
            if (!selected.isEmpty()) {
                filters.put(facet, facet.filter(selected));
            }
        }
    }

    CatalogResult run() throws IOException {
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, matching(null),
                query.page() * query.size(), text == null ? RECENT_FIRST : RELEVANCE, new FacetsCollectorManager());
        Facets resultCounts = searcher.countFacets(result.facetsCollector());
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.field, facetCounts(facet, resultCounts));
        }
        return new CatalogResult(result.topDocs().totalHits.value(), hits(result.topDocs()),
                facets);
    }

    /** The assets that match the text and every filter except {@code excluded}'s (null: every filter). */
    private Query matching(Facet excluded) {
        BooleanQuery.Builder matching = new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text.query(), Occur.MUST);
        filters.forEach((facet, filter) -> {
            if (facet != excluded) {
                matching.add(filter, Occur.FILTER);
            }
        });
        return matching.build();
    }

    private List<FacetCount> facetCounts(Facet facet, Facets resultCounts) throws IOException {
        Set<String> selected = facet.selected(query);
        boolean countsEveryAsset = text == null && filters.keySet().stream().allMatch(filtered -> filtered == facet);
        if (countsEveryAsset) {
            return searcher.listOverAll(facet, selected);
        }
        if (!filters.containsKey(facet)) {
            return FacetLists.of(resultCounts, facet, selected);
        }
        FacetsCollector sideways = searcher.search(matching(facet), new FacetsCollectorManager());
        return FacetLists.of(searcher.countFacets(sideways), facet, selected);
    }

    private List<CatalogHit> hits(TopDocs top) throws IOException {
        int offset = (query.page() - 1) * query.size();
        if (top.scoreDocs.length <= offset) {
            return List.of();
        }
        int[] docIds = new int[top.scoreDocs.length - offset];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[offset + i].doc;
        }
        String[] snippets = Snippets.of(searcher, analyzer,
                text == null ? new MatchAllDocsQuery() : text.descriptionQuery(), docIds);
        StoredFields stored = searcher.storedFields();
        List<CatalogHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            hits.add(documents.hit(stored.document(docIds[i]), snippets[i], score(top.scoreDocs[offset + i])));
        }
        return hits;
    }

    private float score(ScoreDoc hit) {
        return text == null ? 0 : (Float) ((FieldDoc) hit).fields[0];
    }
}
