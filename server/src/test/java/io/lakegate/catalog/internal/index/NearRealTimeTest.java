package io.lakegate.catalog.internal.index;

import static io.lakegate.catalog.internal.index.Assets.column;
import static io.lakegate.catalog.internal.index.Assets.table;
import static io.lakegate.catalog.internal.index.Assets.term;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every upsert and delete shows in the next search, without anyone asking for a refresh. */
class NearRealTimeTest {

    @TempDir
    Path directory;
    CatalogIndex index;

    @BeforeEach
    void openWithTheCorpus() {
        index = CatalogIndex.open(directory);
        index.replaceAll(RetailCorpus.assets()::forEach);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void anUpsertIsInTheNextSearch() {
        index.upsert(table("tb-weather", "weather_stations").description("Hourly readings of 40 stations.").build());

        assertThat(index.search(CatalogQuery.matching("weather")).hits()).extracting(CatalogHit::uri)
                .containsExactly("tb-weather");
    }

    @Test
    void anUpdateReplacesTheAsset() {
        index.upsert(table("tb-weather", "weather_stations").description("Hourly readings of 40 stations.").build());
        assertThat(index.search(CatalogQuery.matching("hourly readings")).total()).isEqualTo(1);

        index.upsert(table("tb-weather", "weather_stations").description("Daily rainfall per station.").build());

        assertThat(index.search(CatalogQuery.matching("rainfall")).total()).isEqualTo(1);
        assertThat(index.search(CatalogQuery.matching("hourly readings")).total()).isZero();
        assertThat(index.search(CatalogQuery.matching("weather_stations")).hits())
                .extracting(CatalogHit::uri).containsExactly("tb-weather");
    }

    @Test
    void aDeleteRemovesTheAssetFromTheNextSearch() {
        index.delete("tb-supermarket-sales");

        assertThat(index.search(CatalogQuery.matching("supermarket_sales")).hits()).extracting(CatalogHit::uri)
                .doesNotContain("tb-supermarket-sales");
        assertThat(index.search(CatalogQuery.matching("")).total()).isEqualTo(RetailCorpus.assets().size() - 1);
    }

    @Test
    void aBulkUpsertReplacesExistingAssetsAndAddsNewOnes() {
        index.upsertAll(List.of(
                table("tb-sales-daily", "sales_daily").description("Receipts per store, day and till.").build(),
                table("tb-tills", "tills").description("Every till of every store.").build()));

        assertThat(index.search(CatalogQuery.matching("till")).hits()).extracting(CatalogHit::uri)
                .containsExactlyInAnyOrder("tb-sales-daily", "tb-tills");
        assertThat(index.search(CatalogQuery.matching("")).total()).isEqualTo(RetailCorpus.assets().size() + 1);
    }

    @Test
    void changesMadeDuringAFullReindexAreKeptOnceWhicheverVersionTheReindexRead() {
        List<CatalogAsset> corpus = RetailCorpus.assets();
        CatalogAsset weather = table("tb-weather", "weather_stations").description("Hourly readings.").build();
        index.replaceAll(sink -> {
            corpus.subList(0, 10).forEach(sink);
            index.upsert(table("tb-weather", "weather_stations").description("Daily rainfall.").build());
            index.delete(corpus.get(20).uri());
            assertThat(index.search(CatalogQuery.matching("rainfall")).total()).as("during the reindex").isZero();
            corpus.subList(10, corpus.size()).forEach(sink);
            sink.accept(weather);
        });

        assertThat(index.search(CatalogQuery.matching("weather_stations")).hits()).extracting(CatalogHit::uri)
                .containsExactly("tb-weather");
        assertThat(index.search(CatalogQuery.matching("rainfall")).total()).isEqualTo(1);
        assertThat(index.search(CatalogQuery.matching("")).total()).isEqualTo(corpus.size());
    }

    @Test
    void aHitCarriesEveryIndexedFact() {
        Instant created = Instant.parse("2026-02-01T08:30:00.123Z");
        Instant updated = Instant.parse("2026-03-04T17:45:10.456Z");
        CatalogAsset asset = new CatalogAsset("tb-orders", AssetType.TABLE, "orders", "Orders",
                "Orders of the web shop.", List.of("retail", "web"), List.of("Sales", "Finance"), "Official",
                "eu-central-1", "env-1", "Shop", "org-1", "AnyCompany", "ShopTeam", "ds-shop",
                List.of(term("Finance/Revenue/Net revenue"), term("Retail/Store")),
                List.of(column("order_id", "Order number")), 7, created, updated);
        index.upsert(asset);

        CatalogHit hit = index.search(CatalogQuery.matching("orders").withTypes(AssetType.TABLE)).hits().getFirst();

        assertThat(hit).usingRecursiveComparison().ignoringFields("score").isEqualTo(new CatalogHit(
                "tb-orders", AssetType.TABLE, "orders", "Orders", "<em>Orders</em> of the web shop.", "ds-shop",
                "ShopTeam", "env-1", "Shop", "org-1", "AnyCompany", "eu-central-1", "Official",
                List.of("retail", "web"), List.of("Sales", "Finance"), asset.terms(), 7, created, updated, 0));
        assertThat(hit.score()).isEqualTo(RankingQuery.EXACT_NAME + RankingQuery.NAME_WORD);
    }
}
