package io.lakegate.catalog.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogAnalyzerTest {

    private final CatalogAnalyzer analyzer = new CatalogAnalyzer();

    @Test
    void identifiersSplitIntoTheirWords() {
        assertThat(analyzer.words("supermarket_sales")).containsExactly("supermarket", "sales");
        assertThat(analyzer.words("SupermarketSales")).containsExactly("supermarket", "sales");
        assertThat(analyzer.words("supermarket-sales.csv")).containsExactly("supermarket", "sales", "csv");
        assertThat(analyzer.words("sales2024")).containsExactly("sales", "2024");
        assertThat(analyzer.words("ds_johny_2_yngfwzpb")).containsExactly("ds", "johny", "2", "yngfwzpb");
    }

    @Test
    void wordsAreLowercaseAsciiWithoutPossessives() {
        assertThat(analyzer.words("Crème Brûlée")).containsExactly("creme", "brulee");
        assertThat(analyzer.words("Johny's EXPERIMENTS")).containsExactly("johny", "experiments");
    }

    @Test
    void searchSyntaxIsNotAWord() {
        assertThat(analyzer.words("*:* \"(name:sales)\" AND [a TO z]^2 ~ /re.*/ \\ && ||"))
                .containsExactly("name", "sales", "and", "a", "to", "z", "2", "re");
    }

    @Test
    void namesCompareAsTheirWords() {
        assertThat(analyzer.key("Supermarket Sales")).isEqualTo(analyzer.key("supermarket_sales"))
                .isEqualTo("supermarket sales");
    }
}
