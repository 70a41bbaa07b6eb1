package io.lakegate.catalog.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What comes first for typical searches over a fixed catalog of 205 assets. */
class RelevanceTest {

    private static final String NET_REVENUE_PATH = RetailCorpus.NET_REVENUE.path();

    @TempDir
    static Path directory;
    static CatalogIndex index;

    @BeforeAll
    static void indexTheCorpus() {
        index = CatalogIndex.open(directory);
        index.replaceAll(RetailCorpus.assets()::forEach);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    record Case(String name, CatalogQuery query, List<String> expectedTop) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("exact name", CatalogQuery.matching("supermarket_sales"),
                        List.of("tb-supermarket-sales", "tb-supermarket-sales-2019")),
                new Case("exact name typed as words", CatalogQuery.matching("Supermarket Sales"),
                        List.of("tb-supermarket-sales", "tb-supermarket-sales-2019")),
                new Case("exact name in camel case", CatalogQuery.matching("SupermarketSales"),
                        List.of("tb-supermarket-sales")),
                new Case("name prefix, ties by votes", CatalogQuery.matching("supermarket"),
                        List.of("tb-supermarket-sales", "tb-supermarket-inventory", "tb-supermarket-sales-2019")),
                new Case("name prefix typed so far", CatalogQuery.matching("supermarket sa"),
                        List.of("tb-supermarket-sales", "tb-supermarket-sales-2019")),
                new Case("typo of 1 letter in a 10-letter word", CatalogQuery.matching("supermarkt"),
                        List.of("tb-supermarket-sales", "tb-supermarket-inventory", "tb-supermarket-sales-2019")),
                new Case("typo in one word of two", CatalogQuery.matching("custmer churn"),
                        List.of("ds-customer-churn", "tb-customer-churn-predictions")),
                new Case("exact name before longer names", CatalogQuery.matching("customer_churn"),
                        List.of("ds-customer-churn", "tb-customer-churn-predictions")),
                new Case("name start before a word inside the name", CatalogQuery.matching("churn"),
                        List.of("tb-churn-model-features", "ds-customer-churn", "tb-customer-churn-predictions")),
                new Case("glossary term", CatalogQuery.matching("lifetime value"),
                        List.of("tb-customer-ltv", "ds-crm-accounts")),
                new Case("glossary term and name word", CatalogQuery.matching("net revenue"),
                        List.of("tb-revenue-by-month", "ds-sales", "tb-general-ledger")),
                new Case("column name", CatalogQuery.matching("loyalty points"), List.of("tb-members")),
                new Case("description only", CatalogQuery.matching("perishable"), List.of("fd-fresh-goods")),
                new Case("label", CatalogQuery.matching("Johny's experiments"), List.of("ds-johny")),
                new Case("accents folded", CatalogQuery.matching("creme brulee"), List.of("ds-creme")),
                new Case("term facet, no text: recently updated first",
                        CatalogQuery.matching("").withTerms(NET_REVENUE_PATH),
                        List.of("ds-sales", "tb-general-ledger", "tb-revenue-by-month")),
                new Case("text with a type filter, fuzzy last", CatalogQuery.matching("sales")
                        .withTypes(AssetType.FOLDER), List.of("fd-sales-reports", "fd-salas")),
                new Case("text with combined facets", CatalogQuery.matching("supermarket")
                        .withTypes(AssetType.TABLE).withTags("retail").withRegions("eu-west-1"),
                        List.of("tb-supermarket-sales", "tb-supermarket-inventory")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void expectedAssetsComeFirst(Case search) {
        CatalogResult result = index.search(search.query());

        assertThat(uris(result)).startsWith(search.expectedTop().toArray(String[]::new));
    }

    @Test
    void exactNameThenPrefixThenNameWordThenTagThenDescriptionThenTypos() {
        List<String> hits = uris(index.search(CatalogQuery.matching("sales").withPage(1, 100)));

        assertThat(hits).containsSubsequence(
                "ds-sales",              // the name
                "tb-sales-daily",        // the start of the name
                "tb-daily-sales",        // a word of the name
                "tb-receipts-by-hour",   // a tag
                "fd-sales-reports",      // the description
                "tb-sale");              // a typo
        assertThat(hits.indexOf("fd-salas")).isGreaterThan(hits.indexOf("fd-sales-reports"));
    }

    @Test
    void noFuzzyMatchOutranksAnExactOne() {
        CatalogResult result = index.search(CatalogQuery.matching("sales").withPage(1, 100));
        List<String> fuzzyOnly = List.of("tb-sale", "fd-salas");
        float lowestExact = result.hits().stream().filter(hit -> !fuzzyOnly.contains(hit.uri()))
                .map(CatalogHit::score).min(Float::compare).orElseThrow();
        float highestFuzzy = result.hits().stream().filter(hit -> fuzzyOnly.contains(hit.uri()))
                .map(CatalogHit::score).max(Float::compare).orElseThrow();

        assertThat(result.hits()).extracting(CatalogHit::uri).containsAll(fuzzyOnly);
        assertThat(highestFuzzy).isLessThan(lowestExact);
        assertThat(highestFuzzy).isLessThanOrEqualTo(RankingQuery.FUZZY_NAME);
    }

    @Test
    void descriptionsNeverReachTheTagTier() {
        CatalogResult result = index.search(CatalogQuery.matching("receipts").withPage(1, 100));

        assertThat(result.hits()).filteredOn(hit -> !hit.uri().equals("tb-receipts-by-hour"))
                .allSatisfy(hit -> assertThat(hit.score()).isLessThan(RankingQuery.TAG_TOPIC_OR_TERM));
    }

    @Test
    void bothWordsOfATwoWordTextMustMatch() {
        assertThat(index.search(CatalogQuery.matching("supermarket perishable")).total()).isZero();
    }

    @Test
    void threeWordsOfFourAreEnough() {
        CatalogResult result = index.search(CatalogQuery.matching("supermarket sales chain zyzzyva"));

        assertThat(uris(result)).containsExactly("tb-supermarket-sales");
    }

    @Test
    void aWordFoundNowhereFindsNothing() {
        CatalogResult result = index.search(CatalogQuery.matching("zyzzyva"));

        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.facets()).allSatisfy((facet, counts) -> assertThat(counts).isEmpty());
    }

    @Test
    void hitsCarryTheAssetAndAHighlightedEscapedSnippet() {
        CatalogHit hit = index.search(CatalogQuery.matching("scraped")).hits().getFirst();

        assertThat(hit.uri()).isEqualTo("tb-html-fragments");
        assertThat(hit.snippet()).isEqualTo(
                "Rows where &lt;b&gt;bold&lt;&#x2F;b&gt; &amp; &quot;quoted&quot; text was <em>scraped</em> from shop pages.");
        assertThat(hit.datasetUri()).isEqualTo("ds-johny");
    }

    @Test
    void hitsWithoutMatchesInTheDescriptionShowItsStart() {
        CatalogHit hit = index.search(CatalogQuery.matching("supermarket_inventory")).hits().getFirst();

        assertThat(hit.snippet()).isEqualTo("Stock levels per store and product at closing time.");
        assertThat(hit.terms()).containsExactly(RetailCorpus.INVENTORY);
        assertThat(hit.tags()).containsExactly("retail");
        assertThat(hit.votes()).isEqualTo(1);
        assertThat(hit.type()).isEqualTo(AssetType.TABLE);
    }

    private static List<String> uris(CatalogResult result) {
        return result.hits().stream().map(CatalogHit::uri).toList();
    }
}
