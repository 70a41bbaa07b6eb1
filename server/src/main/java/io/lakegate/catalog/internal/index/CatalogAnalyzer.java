package io.lakegate.catalog.internal.index;

import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_WORD_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits catalog text into words, the same way for every text field and for search text: at spaces and
 * punctuation, and inside identifiers at underscores, dots, hyphens, case changes and digits
 * ({@code supermarket_sales}, {@code SupermarketSales} and {@code supermarket-sales} are all
 * {@code supermarket sales}); words are lowercased and folded to ASCII ({@code Crème} is {@code creme}).
 * Keyword fields (facets, uris, the whole name) are not analyzed.
 */
final class CatalogAnalyzer extends Analyzer {

    // Neither catenated words nor the original token are kept, so the output is a plain chain of tokens and
    // needs no FlattenGraphFilter at index time.
    private static final int WORD_PARTS =
            GENERATE_WORD_PARTS | GENERATE_NUMBER_PARTS | SPLIT_ON_CASE_CHANGE | SPLIT_ON_NUMERICS
                    | STEM_ENGLISH_POSSESSIVE;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream words = new WordDelimiterGraphFilter(tokenizer, WORD_PARTS, null);
        words = new LowerCaseFilter(words);
        words = new ASCIIFoldingFilter(words);
        return new TokenStreamComponents(tokenizer, words);
    }

    /** The words of {@code text}, in order, repeats included. */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The words of {@code text} joined by single spaces: how two names compare as wholes. */
    String key(String text) {
        return String.join(" ", words(text));
    }
}
