package io.lakegate.catalog.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class CatalogQueryTest {

    @Test
    void missingPartsAreEmpty() {
        CatalogQuery query = new CatalogQuery(null, null, null, null, null, null, null, 1, 20);

        assertThat(query.text()).isEmpty();
        assertThat(query.types()).isEmpty();
        assertThat(query.tags()).isEmpty();
        assertThat(query.terms()).isEmpty();
    }

    @Test
    void filterValuesAreTrimmedAndBlankOnesDropped() {
        CatalogQuery query = CatalogQuery.matching("").withTags(" retail ", "", "  ", "retail", "web");

        assertThat(query.tags()).isEqualTo(Set.of("retail", "web"));
    }

    @Test
    void theLastPageWithinTheWindowIsAllowed() {
        CatalogQuery query = CatalogQuery.matching("sales").withPage(100, 100);

        assertThat(query.page() * query.size()).isEqualTo(CatalogQuery.MAX_RESULT_WINDOW);
    }
}
