package io.lakegate.dataset.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.lakegate.access.TableFormat;
import io.lakegate.access.TableSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetDiscoveryTest extends CrawlTestSupport {

    @TempDir
    Path directory;

    @Test
    void partitionedParquetHasTypedPartitionColumnsAndItsRecordCountFromTheFooters() throws IOException {
        Path dataset = directory.resolve("dataset");
        partitionedParquet(dataset.resolve("sales"), "select i as id, i * 1.5 as amount, 'c' || i as customer, "
                + "2022 + i % 3 as year, lpad((i % 2 + 1)::varchar, 2, '0') as month from range(100) t(i)", "year, month");

        CrawlFindings findings = crawl(dataset);

        assertNoFailures(findings);
        DiscoveredTable sales = table(findings, "sales");
        TableSource source = sales.source();
        assertThat(source.format()).isEqualTo(TableFormat.PARQUET);
        assertThat(source.options()).isEmpty();
        assertThat(source.columns()).containsExactly(column("id", "BIGINT"), column("amount", "DECIMAL(21,1)"),
                column("customer", "VARCHAR"), partition("year", "BIGINT"), partition("month", "VARCHAR"));
        assertThat(sales.statistics().objectCount()).isEqualTo(6);
        assertThat(sales.statistics().totalBytes()).isEqualTo(totalSize(dataset.resolve("sales")));
        assertThat(sales.statistics().recordCount()).isEqualTo(100);
    }

    @Test
    void filesWithDifferentColumnsAreUnitedByName() {
        Path dataset = directory.resolve("dataset");
        parquet(dataset.resolve("people/a.parquet"), "select 1 as id, 'a' as name");
        parquet(dataset.resolve("people/b.parquet"), "select 2 as id, 3.5 as score");

        DiscoveredTable people = table(crawl(dataset), "people");

        assertThat(people.source().columns()).containsExactly(column("id", "INTEGER"), column("name", "VARCHAR"),
                column("score", "DECIMAL(2,1)"));
        assertThat(people.statistics().recordCount()).isEqualTo(2);
    }

    @Test
    void keyValueDirectoriesAboveTheDatasetAreNotColumns() {
        Path dataset = directory.resolve("env=prod/dataset");
        partitionedParquet(dataset.resolve("sales"), "select 1 as id, 2024 as year", "year");

        assertThat(table(crawl(dataset), "sales").source().columns())
                .containsExactly(column("id", "INTEGER"), partition("year", "BIGINT"));
    }

    private static long totalSize(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
