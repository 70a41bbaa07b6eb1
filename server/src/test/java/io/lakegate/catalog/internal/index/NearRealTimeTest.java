package io.lakegate.catalog.internal.index;

import static io.lakegate.catalog.internal.index.Assets.column;
import static io.lakegate.catalog.internal.index.Assets.table;
import static io.lakegate.catalog.internal.index.Assets.term;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every upsert and delete shows in search within a second, without anyone asking for a refresh. */
class NearRealTimeTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final Duration POLL = Duration.ofMillis(5);

    @TempDir
    Path directory;
    CatalogIndex index;

    @BeforeEach
    void openWithTheCorpus() {
        index = CatalogIndex.open(directory);
        index.replaceAll(RetailCorpus.assets());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void anUpsertIsSearchableWithinASecond() {
        index.upsert(table("tb-weather", "weather_stations").description("Hourly readings of 40 stations.").build());

        Duration took = timeUntil(CatalogQuery.matching("weather"), result -> result.total() == 1);

        assertThat(took).isLessThan(WITHIN);
    }

    @Test
    void anUpdateReplacesTheAsset() {
        index.upsert(table("tb-weather", "weather_stations").description("Hourly readings of 40 stations.").build());
        index.refresh();

        index.upsert(table("tb-weather", "weather_stations").description("Daily rainfall per station.").build());
        Duration took = timeUntil(CatalogQuery.matching("rainfall"), result -> result.total() == 1);

        assertThat(took).isLessThan(WITHIN);
        assertThat(index.search(CatalogQuery.matching("hourly readings")).total()).isZero();
        assertThat(index.search(CatalogQuery.matching("weather_stations")).hits())
                .extracting(CatalogHit::uri).containsExactly("tb-weather");
    }

    @Test
    void aDeleteRemovesTheAssetWithinASecond() {
        index.delete("tb-supermarket-sales");
        Duration took = timeUntil(CatalogQuery.matching("supermarket_sales"),
                result -> result.hits().stream().noneMatch(hit -> hit.uri().equals("tb-supermarket-sales")));

        assertThat(took).isLessThan(WITHIN);
        assertThat(index.search(CatalogQuery.matching("")).total()).isEqualTo(RetailCorpus.assets().size() - 1);
    }

    @Test
    void aBulkUpsertReplacesExistingAssetsAndAddsNewOnes() {
        index.upsertAll(List.of(
                table("tb-sales-daily", "sales_daily").description("Receipts per store, day and till.").build(),
                table("tb-tills", "tills").description("Every till of every store.").build()));
        index.refresh();

        assertThat(index.search(CatalogQuery.matching("till")).hits()).extracting(CatalogHit::uri)
                .containsExactlyInAnyOrder("tb-sales-daily", "tb-tills");
        assertThat(index.search(CatalogQuery.matching("")).total()).isEqualTo(RetailCorpus.assets().size() + 1);
    }

    @Test
    void refreshMakesChangesSearchableAtOnce() {
        index.deleteAll();
        index.upsert(table("tb-weather", "weather_stations").build());
        index.refresh();

        assertThat(index.search(CatalogQuery.matching("")).hits()).extracting(CatalogHit::uri)
                .containsExactly("tb-weather");
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
        index.refresh();

        CatalogHit hit = index.search(CatalogQuery.matching("orders").withTypes(AssetType.TABLE)).hits().getFirst();

        assertThat(hit).usingRecursiveComparison().ignoringFields("score").isEqualTo(new CatalogHit(
                "tb-orders", AssetType.TABLE, "orders", "Orders", "<em>Orders</em> of the web shop.", "ds-shop",
                "ShopTeam", "env-1", "Shop", "org-1", "AnyCompany", "eu-central-1", "Official",
                List.of("retail", "web"), List.of("Sales", "Finance"), asset.terms(), 7, created, updated, 0));
        assertThat(hit.score()).isEqualTo(RankingQuery.EXACT_NAME + RankingQuery.NAME_WORD);
    }

    private Duration timeUntil(CatalogQuery query, Predicate<CatalogResult> done) {
        long started = System.nanoTime();
        while (!done.test(index.search(query))) {
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("time waited for %s", query.text()).isLessThan(Duration.ofSeconds(5));
            LockSupport.parkNanos(POLL.toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
