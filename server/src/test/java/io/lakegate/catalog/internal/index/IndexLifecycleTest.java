package io.lakegate.catalog.internal.index;

import static io.lakegate.catalog.internal.index.Assets.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: kept across restarts; a missing, unreadable or half-built one asks for a full reindex. */
class IndexLifecycleTest {

    @TempDir
    Path directory;

    @Test
    void aNewIndexAsksForAFullReindexUntilOneFinished() {
        try (CatalogIndex index = CatalogIndex.open(directory.resolve("catalog"))) {
            assertThat(index.needsFullReindex()).isTrue();

            index.replaceAll(RetailCorpus.assets()::forEach);

            assertThat(index.needsFullReindex()).isFalse();
        }
        try (CatalogIndex index = CatalogIndex.open(directory.resolve("catalog"))) {
            assertThat(index.needsFullReindex()).isFalse();
            assertThat(index.search(CatalogQuery.matching("")).total()).isEqualTo(RetailCorpus.assets().size());
        }
    }

    @Test
    void changesSinceTheLastCommitAreKeptOnClose() {
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            index.replaceAll(RetailCorpus.assets()::forEach);
            index.upsert(table("tb-weather", "weather_stations").build());
            index.delete("tb-supermarket-sales");
        }
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            assertThat(index.search(CatalogQuery.matching("weather_stations")).total()).isEqualTo(1);
            assertThat(index.search(CatalogQuery.matching("supermarket_sales")).hits()).extracting(CatalogHit::uri)
                    .doesNotContain("tb-supermarket-sales");
        }
    }

    @Test
    void anUnreadableIndexIsReplacedByAnEmptyOneThatAsksForAFullReindex() throws IOException {
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            index.replaceAll(RetailCorpus.assets()::forEach);
        }
        for (Path segments : files("segments_")) {
            Files.write(segments, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }

        try (CatalogIndex index = CatalogIndex.open(directory)) {
            assertThat(index.needsFullReindex()).isTrue();
            assertThat(index.search(CatalogQuery.matching("")).total()).isZero();

            index.replaceAll(RetailCorpus.assets()::forEach);

            assertThat(index.search(CatalogQuery.matching("supermarket_sales")).total()).isPositive();
        }
    }

    @Test
    void anIndexMissingSegmentFilesIsUnreadable() throws IOException {
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            index.replaceAll(RetailCorpus.assets()::forEach);
        }
        for (Path segmentInfo : files(".si")) {
            Files.delete(segmentInfo);
        }

        try (CatalogIndex index = CatalogIndex.open(directory)) {
            assertThat(index.needsFullReindex()).isTrue();
            assertThat(index.search(CatalogQuery.matching("")).total()).isZero();
        }
    }

    @Test
    void aFullReindexThatFailedHalfwayIsAskedForAgain() {
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            index.replaceAll(RetailCorpus.assets()::forEach);

            assertThatThrownBy(() -> index.replaceAll(failingAfter(RetailCorpus.assets(), 100)))
                    .hasMessage("the database went away");

            assertThat(index.needsFullReindex()).isTrue();
        }
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            assertThat(index.needsFullReindex()).isTrue();
        }
    }

    @Test
    void aFullReindexAddsEveryAssetOfManyChunks() {
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            index.replaceAll(sink -> IntStream.range(0, 5_003).forEach(n -> sink.accept(table("t" + n, "orders_" + n).build())));

            assertThat(index.search(CatalogQuery.matching("")).total()).isEqualTo(5_003);
            assertThat(index.search(CatalogQuery.matching("orders_5002")).hits()).extracting(CatalogHit::uri)
                    .first().isEqualTo("t5002");
        }
    }

    @Test
    void anAssetTheIndexCannotTakeFailsTheFullReindex() {
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            index.replaceAll(RetailCorpus.assets()::forEach);
            String immenseUri = "t".repeat(40_000);

            assertThatThrownBy(() -> index.replaceAll(sink -> IntStream.range(0, 3_000).forEach(n -> sink.accept(
                    table(n == 1_200 ? immenseUri : "t" + n, "orders").build()))))
                    .hasMessageContaining("immense term");

            assertThat(index.needsFullReindex()).isTrue();
        }
    }

    @Test
    void anIndexLeftOpenByADeadProcessAsksForAFullReindexButStillAnswers() throws IOException {
        Path leftOpen = directory.resolve("left-open");
        try (CatalogIndex index = CatalogIndex.open(directory.resolve("catalog"))) {
            index.replaceAll(RetailCorpus.assets()::forEach);
            // what a process killed now leaves on disk: the last commit, and a lock nobody holds
            Files.createDirectories(leftOpen);
            for (Path file : Files.list(directory.resolve("catalog")).toList()) {
                Files.copy(file, leftOpen.resolve(file.getFileName()));
            }
        }

        try (CatalogIndex index = CatalogIndex.open(leftOpen)) {
            assertThat(index.needsFullReindex()).isTrue();
            assertThat(index.search(CatalogQuery.matching("")).total()).isEqualTo(RetailCorpus.assets().size());
        }
        try (CatalogIndex index = CatalogIndex.open(directory.resolve("catalog"))) {
            assertThat(index.needsFullReindex()).as("closed cleanly").isFalse();
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryFailsAndLeavesTheIndexAlone() {
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            index.replaceAll(RetailCorpus.assets()::forEach);

            assertThatThrownBy(() -> CatalogIndex.open(directory)).isInstanceOf(UncheckedIOException.class);

            assertThat(index.search(CatalogQuery.matching("")).total()).isEqualTo(RetailCorpus.assets().size());
        }
        try (CatalogIndex index = CatalogIndex.open(directory)) {
            assertThat(index.needsFullReindex()).isFalse();
        }
    }

    private List<Path> files(String nameContaining) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> matching = files.filter(file -> file.getFileName().toString().contains(nameContaining)).toList();
            assertThat(matching).isNotEmpty();
            return matching;
        }
    }

    private static CatalogIndex.AssetSource failingAfter(List<CatalogAsset> assets, int count) {
        return sink -> {
            assets.subList(0, count).forEach(sink);
            throw new IllegalStateException("the database went away");
        };
    }
}
