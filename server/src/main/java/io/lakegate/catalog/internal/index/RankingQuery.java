package io.lakegate.catalog.internal.index;

import static io.lakegate.catalog.internal.index.AssetDocuments.COLUMNS;
import static io.lakegate.catalog.internal.index.AssetDocuments.CONTEXT;
import static io.lakegate.catalog.internal.index.AssetDocuments.DESCRIPTION;
import static io.lakegate.catalog.internal.index.AssetDocuments.LABEL_KEY;
import static io.lakegate.catalog.internal.index.AssetDocuments.LABEL_WORDS;
import static io.lakegate.catalog.internal.index.AssetDocuments.NAME_KEY;
import static io.lakegate.catalog.internal.index.AssetDocuments.NAME_WORDS;
import static io.lakegate.catalog.internal.index.AssetDocuments.TAG_WORDS;
import static io.lakegate.catalog.internal.index.AssetDocuments.TERM_WORDS;
import static io.lakegate.catalog.internal.index.AssetDocuments.TOPIC_WORDS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The relevance query for the words of a search text, built clause by clause: no query parser ever sees user
 * text, so its syntax means nothing here. Beside it, {@code descriptionQuery} finds the same words in
 * descriptions, for snippets.
 *
 * <p>An asset matches when its name or label is the whole text or starts with it, or when it matches every word
 * of a text of one or two words, and three in four words (rounded down) of a longer one, so that one stray word
 * does not empty the result.
 *
 * <p>Ranking works in fixed tiers. Each word scores the weight of the best field it matches, from the top:
 * a word of the name (16), of the label (12), the start of a name word, for words of 3+ letters (10), a tag,
 * topic or glossary term (8), the description or a column name or description (2 to 4, by how often and how
 * densely the word occurs there), the owner team, environment, organization, region or classification (1.5).
 * Only then come typos, for the first {@value #MAX_TYPO_WORDS} words of 5+ letters: a name or label word within
 * 1 edit (words of 5–7 letters) or 2 edits (8+; the first letter must match) scores 1, a tag, topic or term 0.75,
 * a description 0.5. So for any one word, every exact match outranks every fuzzy one. An asset's score is the sum over the words, plus, for the
 * text as a whole: 64 when it is the asset's name or label (compared word by word, so {@code Supermarket Sales}
 * is the name {@code supermarket_sales}), else 32 when the name or label starts with it. Ties go to more votes,
 * then to the name in alphabetical order.
 */
record RankingQuery(Query query, Query descriptionQuery) {

    static final int MAX_WORDS = 32;
    /** Longer words (identifiers, hashes) match exactly only: no prefix or typo expansion. */
    static final int MAX_EXPANDED_WORD_LENGTH = 32;
    /** Typos cost an automaton each (a millisecond or more for two edits), so only so many words get them. */
    static final int MAX_TYPO_WORDS = 8;

    static final float EXACT_NAME = 64;
    static final float NAME_PREFIX = 32;
    static final float NAME_WORD = 16;
    static final float LABEL_WORD = 12;
    static final float NAME_WORD_PREFIX = 10;
    static final float TAG_TOPIC_OR_TERM = 8;
    static final float DESCRIPTION_OR_COLUMN = 2;
    static final float CONTEXT_WORD = 1.5f;
    static final float FUZZY_NAME = 1;
    static final float FUZZY_TAG_TOPIC_OR_TERM = 0.75f;
    static final float FUZZY_DESCRIPTION = 0.5f;

    private static final int MIN_NAME_PREFIX_LENGTH = 2;
    private static final int MIN_WORD_PREFIX_LENGTH = 3;
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final int MIN_TWO_EDITS_LENGTH = 8;

    /** The queries for {@code words}, the search text's words in order; null when there are none. */
    static RankingQuery of(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> distinct = new LinkedHashSet<>(words).stream().limit(MAX_WORDS).toList();
        BooleanQuery.Builder enoughWords = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(distinct.size() <= 2 ? distinct.size() : distinct.size() * 3 / 4);
        BooleanQuery.Builder inDescriptions = new BooleanQuery.Builder();
        int typoWords = 0;
        for (String word : distinct) {
            TypoQuery.Typos typos = typoWords < MAX_TYPO_WORDS ? typos(word) : null;
            if (typos != null) {
                typoWords++;
            }
            enoughWords.add(word(word, typos), Occur.SHOULD);
            inDescriptions.add(new TermQuery(new Term(DESCRIPTION, word)), Occur.SHOULD);
            if (typos != null) {
                inDescriptions.add(typos.in(DESCRIPTION), Occur.SHOULD);
            }
        }
        Query query = new BooleanQuery.Builder()
                .add(wholeName(String.join(" ", words)), Occur.SHOULD)
                .add(enoughWords.build(), Occur.SHOULD)
                .build();
        return new RankingQuery(query, inDescriptions.build());
    }

    /** Null for words too short, too long or not all letters: those are matched exactly only. */
    private static TypoQuery.Typos typos(String word) {
        int length = word.codePointCount(0, word.length());
        if (length < MIN_FUZZY_LENGTH || length > MAX_EXPANDED_WORD_LENGTH
                || !word.codePoints().allMatch(Character::isLetter)) {
            return null;
        }
        return TypoQuery.Typos.of(word, length >= MIN_TWO_EDITS_LENGTH ? 2 : 1);
    }

    private static Query wholeName(String key) {
        List<Query> matches = new ArrayList<>();
        matches.add(weighted(new TermQuery(new Term(NAME_KEY, key)), EXACT_NAME));
        matches.add(weighted(new TermQuery(new Term(LABEL_KEY, key)), EXACT_NAME));
        if (key.length() >= MIN_NAME_PREFIX_LENGTH) {
            matches.add(weighted(new PrefixQuery(new Term(NAME_KEY, key)), NAME_PREFIX));
            matches.add(weighted(new PrefixQuery(new Term(LABEL_KEY, key)), NAME_PREFIX));
        }
        return new DisjunctionMaxQuery(matches, 0);
    }

    private static Query word(String word, TypoQuery.Typos typos) {
        List<Query> matches = new ArrayList<>();
        matches.add(weighted(new TermQuery(new Term(NAME_WORDS, word)), NAME_WORD));
        matches.add(weighted(new TermQuery(new Term(LABEL_WORDS, word)), LABEL_WORD));
        for (String field : List.of(TAG_WORDS, TOPIC_WORDS, TERM_WORDS)) {
            matches.add(weighted(new TermQuery(new Term(field, word)), TAG_TOPIC_OR_TERM));
        }
        matches.add(described(DESCRIPTION, word));
        matches.add(described(COLUMNS, word));
        matches.add(weighted(new TermQuery(new Term(CONTEXT, word)), CONTEXT_WORD));
        int length = word.codePointCount(0, word.length());
        if (length >= MIN_WORD_PREFIX_LENGTH && length <= MAX_EXPANDED_WORD_LENGTH) {
            matches.add(weighted(new PrefixQuery(new Term(NAME_WORDS, word)), NAME_WORD_PREFIX));
        }
        if (typos != null) {
            matches.add(weighted(typos.in(NAME_WORDS), FUZZY_NAME));
            matches.add(weighted(typos.in(LABEL_WORDS), FUZZY_NAME));
            for (String field : List.of(TAG_WORDS, TOPIC_WORDS, TERM_WORDS)) {
                matches.add(weighted(typos.in(field), FUZZY_TAG_TOPIC_OR_TERM));
            }
            matches.add(weighted(typos.in(DESCRIPTION), FUZZY_DESCRIPTION));
        }
        return new DisjunctionMaxQuery(matches, 0);
    }

    /** {@value #DESCRIPTION_OR_COLUMN} for the match, up to as much again by {@link TermFrequencySimilarity}. */
    private static Query described(String field, String word) {
        TermQuery match = new TermQuery(new Term(field, word));
        return new BooleanQuery.Builder()
                .add(weighted(match, DESCRIPTION_OR_COLUMN), Occur.SHOULD)
                .add(new BoostQuery(match, DESCRIPTION_OR_COLUMN), Occur.SHOULD)
                .build();
    }

    private static Query weighted(Query query, float weight) {
        return new BoostQuery(new ConstantScoreQuery(query), weight);
    }
}
