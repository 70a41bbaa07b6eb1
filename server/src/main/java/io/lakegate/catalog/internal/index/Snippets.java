package io.lakegate.catalog.internal.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Description snippets of about {@value #LENGTH} characters around the words that matched, HTML-escaped, the
 * matches in {@code <em>…</em>}; the description's start when nothing in it matched.
 */
final class Snippets {

    static final int LENGTH = 160;
    // where in the snippet the first match should sit: a little context before it, more after
    private static final float MATCH_POSITION = 0.3f;

    private Snippets() {
    }

    /** One snippet per document of {@code docIds}, in order; empty for documents without a description. */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), LENGTH, MATCH_POSITION))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] snippets = highlighter.highlightFields(new String[] {AssetDocuments.DESCRIPTION}, query, docIds,
                new int[] {1}).get(AssetDocuments.DESCRIPTION);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = "";
            }
        }
        return snippets;
    }
}
