package io.lakegate.catalog.internal.index;

import static io.lakegate.catalog.internal.index.Assets.dataset;
import static io.lakegate.catalog.internal.index.Assets.folder;
import static io.lakegate.catalog.internal.index.Assets.table;
import static io.lakegate.catalog.internal.index.Assets.term;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts over a catalog small enough to count by hand. A facet with a filter counts drill-sideways: over
 * the text and the other filters, not its own.
 */
class FacetCountsTest {

    @TempDir
    Path directory;
    CatalogIndex index;

    @BeforeEach
    void indexFiveAssets() {
        index = CatalogIndex.open(directory);
        index.replaceAll(List.of(
                table("a1", "orders_raw").tags("red", "blue").region("eu").classification("Official")
                        .terms(term("Finance/Revenue/Net revenue")).build(),
                table("a2", "orders_curated").tags("red").region("us").classification("Official").build(),
                dataset("a3", "orders").tags("blue").region("eu").classification("Secret")
                        .terms(term("Finance/Revenue/Net revenue"), term("Retail/Store")).build(),
                folder("a4", "exports").tags("green").region("us").classification("Secret").build(),
                table("a5", "shipments").tags("red", "green").region("eu").topics("Logistics")
                        .classification("Official").build())::forEach);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void withoutFiltersEveryFacetCountsTheResult() {
        CatalogResult result = index.search(CatalogQuery.matching("orders"));

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.facets()).containsExactly(
                entry("type", count("TABLE", 2), count("DATASET", 1)),
                entry("tags", count("blue", 2), count("red", 2)),
                entry("topics"),
                entry("region", count("eu", 2), count("us", 1)),
                entry("classification", count("Official", 2), count("Secret", 1)),
                entry("terms", count("Finance/Revenue/Net revenue", 2), count("Retail/Store", 1)));
    }

    @Test
    void aFilteredFacetCountsAsIfItsOwnFilterWereNotThere() {
        CatalogResult result = index.search(CatalogQuery.matching("").withTags("red"));

        assertThat(result.hits()).extracting(CatalogHit::uri).containsExactlyInAnyOrder("a1", "a2", "a5");
        assertThat(result.facets().get("tags")).containsExactly(count("red", 3), count("blue", 2), count("green", 2));
        assertThat(result.facets().get("region")).containsExactly(count("eu", 2), count("us", 1));
        assertThat(result.facets().get("type")).containsExactly(count("TABLE", 3));
    }

    @Test
    void twoFilteredFacetsEachCountOverTheOtherFilter() {
        CatalogResult result = index.search(CatalogQuery.matching("").withTags("red").withRegions("eu"));

        assertThat(result.hits()).extracting(CatalogHit::uri).containsExactlyInAnyOrder("a1", "a5");
        // tags over region=eu: a1, a3, a5; regions over tags=red: a1, a2, a5
        assertThat(result.facets().get("tags")).containsExactly(count("blue", 2), count("red", 2), count("green", 1));
        assertThat(result.facets().get("region")).containsExactly(count("eu", 2), count("us", 1));
        assertThat(result.facets().get("classification")).containsExactly(count("Official", 2));
    }

    @Test
    void sidewaysCountsKeepTheText() {
        CatalogResult result = index.search(CatalogQuery.matching("orders").withTypes(AssetType.TABLE));

        assertThat(result.hits()).extracting(CatalogHit::uri).containsExactlyInAnyOrder("a1", "a2");
        assertThat(result.facets().get("type")).containsExactly(count("TABLE", 2), count("DATASET", 1));
        assertThat(result.facets().get("tags")).containsExactly(count("red", 2), count("blue", 1));
    }

    @Test
    void theValuesOfOneFilterAreAlternatives() {
        CatalogResult result = index.search(CatalogQuery.matching("").withTags("blue", "green"));

        assertThat(result.hits()).extracting(CatalogHit::uri).containsExactlyInAnyOrder("a1", "a3", "a4", "a5");
    }

    @Test
    void aTermFilterTakesTheTermPath() {
        CatalogResult result = index.search(CatalogQuery.matching("").withTerms("Retail/Store"));

        assertThat(result.hits()).extracting(CatalogHit::uri).containsExactly("a3");
        assertThat(result.facets().get("terms"))
                .containsExactly(count("Finance/Revenue/Net revenue", 2), count("Retail/Store", 1));
    }

    @Test
    void aFilterValueWithoutAssetsIsStillListed() {
        CatalogResult result = index.search(CatalogQuery.matching("").withTags("purple").withRegions("eu"));

        assertThat(result.total()).isZero();
        assertThat(result.facets().get("tags"))
                .containsExactly(count("blue", 2), count("red", 2), count("green", 1), count("purple", 0));
        assertThat(result.facets().get("region")).containsExactly(count("eu", 0));
    }

    @Test
    void aFacetListsItsTwentyMostFrequentValues() {
        index.upsertAll(IntStream.rangeClosed(1, 25).mapToObj(i -> table("t" + i, "tagged_" + i)
                .tags(IntStream.rangeClosed(i, 25).mapToObj("tag%02d"::formatted).toArray(String[]::new)).build())
                .toList());

        List<FacetCount> tags = index.search(CatalogQuery.matching("tagged")).facets().get("tags");

        assertThat(tags).hasSize(FacetLists.TOP_VALUES);
        assertThat(tags.getFirst()).isEqualTo(count("tag25", 25));
        assertThat(tags.getLast()).isEqualTo(count("tag06", 6));
    }

    private static FacetCount count(String value, long count) {
        return new FacetCount(value, count);
    }

    private static Map.Entry<String, List<FacetCount>> entry(String facet, FacetCount... counts) {
        return Map.entry(facet, List.of(counts));
    }
}
