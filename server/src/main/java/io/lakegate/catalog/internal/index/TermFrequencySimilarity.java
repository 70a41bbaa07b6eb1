package io.lakegate.catalog.internal.index;

import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 without the rarity of the word: a match scores in [0, 1) by how often the word occurs in the field and
 * how short the field is. Ranking tiers are fixed weights (see {@link RankingQuery}); within the description tier
 * this keeps the score bounded, so that no description, however apt, climbs into the tier above.
 */
final class TermFrequencySimilarity extends BM25Similarity {

    @Override
    protected float idf(long docFreq, long docCount) {
        return 1f;
    }
}
