package io.lakegate.catalog.internal.index;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The words of one field within a few edits of a word. Every matching document scores alike, and the matched
 * words never become clauses of their own, so no text can reach Lucene's clause limit.
 *
 * <p>Lucene's FuzzyQuery builds its Levenshtein automata again for every field and every segment, a millisecond
 * or more each for two edits; here one automaton per word ({@link Typos}) serves every field and segment.
 */
final class TypoQuery extends MultiTermQuery {

    private final Typos typos;

    private TypoQuery(String field, Typos typos) {
        super(field, CONSTANT_SCORE_BLENDED_REWRITE);
        this.typos = typos;
    }

    /**
     * The typos of {@code word}: the words within {@code maxEdits} edits of it (a transposition counts as one)
     * that begin with its first letter.
     */
    record Typos(String word, int maxEdits, CompiledAutomaton automaton) {

        static Typos of(String word, int maxEdits) {
            int prefixEnd = word.offsetByCodePoints(0, 1);
            LevenshteinAutomata automata = new LevenshteinAutomata(word.substring(prefixEnd), true);
            return new Typos(word, maxEdits, new CompiledAutomaton(
                    automata.toAutomaton(maxEdits, word.substring(0, prefixEnd)), true, false));
        }

        TypoQuery in(String field) {
            return new TypoQuery(field, this);
        }
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource attributes) throws IOException {
        return typos.automaton().getTermsEnum(terms);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTermsMatching(this, field, () -> typos.automaton().runAutomaton);
        }
    }

    @Override
    public String toString(String defaultField) {
        return (field.equals(defaultField) ? "" : field + ":") + typos.word() + "~" + typos.maxEdits();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypoQuery typo && field.equals(typo.field) && typos.word().equals(typo.typos.word())
                && typos.maxEdits() == typo.typos.maxEdits();
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, typos.word(), typos.maxEdits());
    }
}
