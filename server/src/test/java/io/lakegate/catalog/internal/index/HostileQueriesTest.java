package io.lakegate.catalog.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.lakegate.platform.ApiProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/** Search syntax typed by users is text: results, or a 400 naming the parameter; never a failure, never slow. */
class HostileQueriesTest {

    private static final Duration LIMIT = Duration.ofSeconds(1);

    @TempDir
    static Path directory;
    static CatalogIndex index;

    @BeforeAll
    static void indexTheCorpus() {
        index = CatalogIndex.open(directory);
        index.replaceAll(RetailCorpus.assets()::forEach);
        index.search(CatalogQuery.matching("warm up the searcher"));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /** Each hostile text, the plain words it amounts to, and how many assets it must find at least. */
    static Stream<Arguments> syntax() {
        return Stream.of(
                Arguments.of("match-all syntax", "*:*", "", 205),
                Arguments.of("field syntax with a wildcard", "name:*", "name", 0),
                Arguments.of("a field and a word", "name:supermarket_sales", "name supermarket sales", 2),
                Arguments.of("unbalanced quote", "\"supermarket sales", "supermarket sales", 2),
                Arguments.of("unbalanced parentheses and brackets", "((sales]", "sales", 9),
                Arguments.of("regular expression", "/supermarket.*[a-z]+(s|x){2,}/", "supermarket a z s x 2", 0),
                Arguments.of("wildcards", "supermarket* sal?s", "supermarket sal s", 0),
                Arguments.of("fuzzy and boost syntax", "supermarket~ sales^", "supermarket sales", 2),
                Arguments.of("boolean operators", "+sales -supermarket && || !", "sales supermarket", 2),
                Arguments.of("range syntax", "name:[a TO z] {1 TO 9}", "name a to z 1 to 9", 0),
                Arguments.of("escapes and control characters", "\\\\ \u0000 \t\n sales \\", "sales", 9),
                Arguments.of("lone surrogates", "\uD800 sales \uDFFF", "sales", 9));
    }

    static Stream<Arguments> big() {
        return Stream.of(
                Arguments.of("1,000 characters of one letter", "a".repeat(1_000)),
                Arguments.of("130 OR clauses in 1,000 characters", orClauses(130)),
                Arguments.of("32 long words that each could be a typo", longWords(32)),
                Arguments.of("30 words of 32 letters that each could be a typo", longestWords(30)),
                Arguments.of("many short distinct words", shortWords()));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("10,000 characters", (Supplier<CatalogQuery>) () ->
                        CatalogQuery.matching("sales ".repeat(1_667)), "q"),
                Arguments.of("a thousand OR clauses", (Supplier<CatalogQuery>) () ->
                        CatalogQuery.matching(orClauses(1_000)), "q"),
                Arguments.of("a thousand tags", (Supplier<CatalogQuery>) () ->
                        CatalogQuery.matching("").withTags(IntStream.range(0, 1_000).mapToObj(i -> "tag" + i)
                                .toArray(String[]::new)), "tags"),
                Arguments.of("a page past 10,000 hits", (Supplier<CatalogQuery>) () ->
                        CatalogQuery.matching("sales").withPage(101, 100), "page"),
                Arguments.of("pages of 1,000 hits", (Supplier<CatalogQuery>) () ->
                        CatalogQuery.matching("sales").withPage(1, 1_000), "size"),
                Arguments.of("page 0", (Supplier<CatalogQuery>) () ->
                        CatalogQuery.matching("sales").withPage(0, 20), "page"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntax")
    void searchSyntaxIsOnlyWordsBetweenSeparators(String description, String text, String words, long minimumTotal) {
        CatalogResult result = timed(() -> index.search(CatalogQuery.matching(text)));

        assertThat(result.total()).isGreaterThanOrEqualTo(minimumTotal);
        assertThat(result).usingRecursiveComparison()
                .isEqualTo(index.search(CatalogQuery.matching(words)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("big")
    void answersBigTextsWithinASecond(String description, String text) {
        CatalogResult result = timed(() -> index.search(CatalogQuery.matching(text)));

        assertThat(result.facets()).containsOnlyKeys("type", "tags", "topics", "region", "classification", "terms");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithABadRequestNamingTheParameter(String description, Supplier<CatalogQuery> query, String parameter) {
        long started = System.nanoTime();

        assertThatThrownBy(() -> index.search(query.get()))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(problem.field()).isEqualTo(parameter);
                    assertThat(problem.getMessage()).isNotBlank();
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT);
    }

    private static CatalogResult timed(Supplier<CatalogResult> search) {
        long started = System.nanoTime();
        CatalogResult result = search.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT);
        return result;
    }

    private static String orClauses(int count) {
        return IntStream.range(0, count).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
    }

    /** Letters only and 8+ long, so that each is searched with 2 edits in every fuzzy field. */
    private static String longWords(int count) {
        return IntStream.range(0, count).mapToObj(i -> "supermar" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "ket")
                .collect(Collectors.joining(" "));
    }

    /** The longest words that are still searched with typos, each different from the start. */
    private static String longestWords(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> (char) ('a' + i) + "supermarket".repeat(6).substring(0, RankingQuery.MAX_EXPANDED_WORD_LENGTH - 1))
                .collect(Collectors.joining(" "));
    }

    private static String shortWords() {
        return IntStream.range(0, 500).mapToObj(i -> Integer.toString(i, 36)).collect(Collectors.joining(" "))
                .substring(0, 1_000);
    }
}
