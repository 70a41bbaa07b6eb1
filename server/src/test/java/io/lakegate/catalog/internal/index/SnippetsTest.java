package io.lakegate.catalog.internal.index;

import static io.lakegate.catalog.internal.index.Assets.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetsTest {

    private static final String LONG_DESCRIPTION = "Every shipment of the year. ".repeat(20)
            + "Refrigerated trucks carry the frozen goods. " + "Every shipment of the year. ".repeat(20);

    @TempDir
    Path directory;
    CatalogIndex index;

    @BeforeEach
    void indexThreeTables() {
        index = CatalogIndex.open(directory);
        index.replaceAll(List.of(
                table("t1", "shipments").description(LONG_DESCRIPTION).build(),
                table("t2", "supermarket_sales").description("Historical sales of a supermarket chain.").build(),
                table("t3", "no_description").build())::forEach);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aLongDescriptionIsCutAroundTheMatch() {
        String snippet = index.search(CatalogQuery.matching("refrigerated")).hits().getFirst().snippet();

        assertThat(snippet).contains("<em>Refrigerated</em> trucks carry the frozen goods.");
        assertThat(snippet.length()).isBetween(Snippets.LENGTH / 2, Snippets.LENGTH * 3 / 2);
    }

    @Test
    void typosAreHighlightedAsTheyWereFound() {
        String snippet = index.search(CatalogQuery.matching("supermarkt")).hits().getFirst().snippet();

        assertThat(snippet).isEqualTo("Historical sales of a <em>supermarket</em> chain.");
    }

    @Test
    void everyWordIsHighlighted() {
        String snippet = index.search(CatalogQuery.matching("historical chain")).hits().getFirst().snippet();

        assertThat(snippet).isEqualTo("<em>Historical</em> sales of a supermarket <em>chain</em>.");
    }

    @Test
    void anAssetWithoutDescriptionHasAnEmptySnippet() {
        CatalogHit hit = index.search(CatalogQuery.matching("no_description")).hits().getFirst();

        assertThat(hit.uri()).isEqualTo("t3");
        assertThat(hit.snippet()).isEmpty();
    }

    @Test
    void withoutTextTheSnippetIsTheDescriptionsStart() {
        CatalogHit hit = index.search(CatalogQuery.matching("").withTypes(AssetType.TABLE)).hits().stream()
                .filter(found -> found.uri().equals("t1")).findFirst().orElseThrow();

        assertThat(hit.snippet()).startsWith("Every shipment of the year.").doesNotContain("<em>");
        assertThat(hit.snippet().length()).isLessThanOrEqualTo(Snippets.LENGTH * 3 / 2);
    }
}
