package io.lakegate.dataset.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which directories become tables, and what they are named. */
class TableDirectoriesTest extends CrawlTestSupport {

    @TempDir
    Path directory;

    Path dataset;

    @BeforeEach
    void createDataset() throws IOException {
        dataset = Files.createDirectories(directory.resolve("dataset"));
    }

    @Test
    void eachDirectoryOfDataFilesIsATableNamedAfterIt() {
        write(dataset, "Sales Data/a.csv", "id\n1\n");
        write(dataset, "raw/2024-Orders/a.csv", "id\n1\n");
        write(dataset, "raw/Café/a.csv", "id\n1\n");
        write(dataset, "raw/nested/deeper/a.csv", "id\n1\n");

        CrawlFindings findings = crawl(dataset);

        assertNoFailures(findings);
        assertThat(findings.tables()).extracting(DiscoveredTable::name, DiscoveredTable::relativePath).containsExactly(
                tuple("sales_data", "Sales Data"),
                tuple("t_2024_orders", "raw/2024-Orders"),
                tuple("cafe", "raw/Café"),
                tuple("deeper", "raw/nested/deeper"));
    }

    @Test
    void aDirectoryWithBothFilesAndSubdirectoriesIsATableAndSoIsEachSubdirectory() {
        write(dataset, "sales/a.csv", "id\n1\n");
        write(dataset, "sales/returns/a.csv", "id,reason\n1,late\n");

        assertThat(names(crawl(dataset))).containsExactly("sales", "returns");
    }

    @Test
    void directoriesWithTheSameNameAreNamedAfterTheirPaths() {
        write(dataset, "raw/sales/a.csv", "id\n1\n");
        write(dataset, "archive/sales/a.csv", "id\n1\n");
        write(dataset, "archive/orders/a.csv", "id\n1\n");

        CrawlFindings findings = crawl(dataset);

        assertNoFailures(findings);
        assertThat(names(findings)).containsExactly("orders", "archive_sales", "raw_sales");
    }

    @Test
    void aPathNameThatIsStillTakenFails() {
        write(dataset, "raw_sales/a.csv", "id\n1\n");
        write(dataset, "raw/sales/a.csv", "id\n1\n");
        write(dataset, "archive/sales/a.csv", "id\n1\n");

        CrawlFindings findings = crawl(dataset);

        assertThat(names(findings)).containsExactly("archive_sales", "raw_sales");
        assertThat(table(findings, "raw_sales").relativePath()).isEqualTo("raw_sales");
        assertThat(findings.failures()).containsExactly(
                new CrawlFailure("raw/sales", "table name raw_sales is also the name of raw_sales"));
        assertThat(log.errors()).containsExactly("raw/sales: table name raw_sales is also the name of raw_sales");
    }

    @Test
    void nestedKeyValueDirectoriesBelongToTheirTable() {
        write(dataset, "sales/year=2024/month=01/day=05/a.csv", "id\n1\n");
        write(dataset, "sales/year=2024/month=02/day=01/a.csv", "id\n2\n");

        CrawlFindings findings = crawl(dataset);

        assertThat(names(findings)).containsExactly("sales");
        assertThat(table(findings, "sales").source().columns()).containsExactly(column("id", "BIGINT"),
                partition("year", "BIGINT"), partition("month", "VARCHAR"), partition("day", "VARCHAR"));
    }

    @Test
    void hiddenFilesAndDirectoriesAreSkipped() {
        write(dataset, "sales/a.csv", "id\n1\n");
        write(dataset, "sales/_SUCCESS", "");
        write(dataset, "sales/.a.csv.crc", "x");
        write(dataset, "sales/_temporary/b.csv", "other\nx\n");
        write(dataset, ".lakegate-staging/c.csv", "id\n1\n");
        write(dataset, "_archive/d.csv", "id\n1\n");

        CrawlFindings findings = crawl(dataset);

        assertThat(names(findings)).containsExactly("sales");
        assertThat(table(findings, "sales").statistics().objectCount()).isEqualTo(1);
        assertThat(log.warnings()).isEmpty();
        assertThat(log.infos()).noneMatch(line -> line.contains("SUCCESS") || line.contains("crc"));
    }

    @Test
    void otherFilesAreIgnoredWithALogLine() {
        write(dataset, "sales/a.csv", "id\n1\n");
        write(dataset, "sales/README.txt", "about sales");

        CrawlFindings findings = crawl(dataset);

        assertThat(table(findings, "sales").statistics().objectCount()).isEqualTo(1);
        assertThat(log.infos()).contains("ignored sales/README.txt: not a data file (CSV, TSV, JSON, NDJSON or Parquet)");
    }

    @Test
    void symbolicLinksAreSkippedWithAWarning() throws IOException {
        Path outside = write(directory, "outside/secret.csv", "secret\n42\n");
        write(dataset, "sales/a.csv", "id\n1\n");
        Files.createSymbolicLink(dataset.resolve("sales/b.csv"), outside);
        Files.createSymbolicLink(dataset.resolve("linked"), outside.getParent());

        CrawlFindings findings = crawl(dataset);

        assertThat(names(findings)).containsExactly("sales");
        assertThat(table(findings, "sales").source().columns()).containsExactly(column("id", "BIGINT"));
        assertThat(log.warnings()).containsExactly("skipped symbolic link linked: links are not followed",
                "skipped symbolic link sales/b.csv: links are not followed");
    }

    @Test
    void filesDirectlyInTheDatasetAreNotATable() {
        write(dataset, "a.csv", "id\n1\n");
        write(dataset, "b.csv", "id\n1\n");
        write(dataset, "year=2024/c.csv", "id\n1\n");
        write(dataset, "d.csv", "id\n1\n");
        write(dataset, "sales/a.csv", "id\n1\n");

        CrawlFindings findings = crawl(dataset);

        assertThat(names(findings)).containsExactly("sales");
        assertThat(log.warnings()).containsExactly("4 data files lie directly in the dataset root (a.csv, b.csv, d.csv, …) "
                + "and are not a table: put them in a directory to make a table of them");
    }

    @Test
    void aPrefixLimitsTheCrawlButNotTheNames() {
        write(dataset, "raw/sales/a.csv", "id\n1\n");
        write(dataset, "raw/sales/notes.txt", "x");
        write(dataset, "raw/orders/a.csv", "id\n1\n");
        write(dataset, "archive/sales/a.csv", "id\n1\n");
        write(dataset, "archive/notes.txt", "x");
        write(dataset, "root.csv", "id\n1\n");

        CrawlFindings findings = crawl(dataset, "raw/");

        assertThat(findings.tables()).extracting(DiscoveredTable::relativePath).containsExactly("raw/orders", "raw/sales");
        assertThat(names(findings)).containsExactly("orders", "raw_sales");
        assertThat(log.infos()).contains("ignored raw/sales/notes.txt: not a data file (CSV, TSV, JSON, NDJSON or Parquet)")
                .noneMatch(line -> line.contains("archive"));
        assertThat(log.warnings()).isEmpty();
        assertThat(log.progress()).containsExactly("0/2", "1/2", "2/2");
    }

    @Test
    void aPrefixInsideATablesPartitionsCrawlsTheTable() {
        write(dataset, "sales/year=2023/a.csv", "id\n1\n");
        write(dataset, "sales/year=2024/a.csv", "id\n1\n");

        CrawlFindings findings = crawl(dataset, "sales/year=2024");

        assertThat(names(findings)).containsExactly("sales");
        assertThat(table(findings, "sales").statistics().objectCount()).isEqualTo(2);
        assertThat(log.infos()).contains("sales/year=2024 is a partition directory: crawling sales");
    }

    @Test
    void aPrefixThatIsNotACrawlableDirectoryFails() throws IOException {
        write(dataset, "sales/a.csv", "id\n1\n");
        Files.createSymbolicLink(dataset.resolve("link"), dataset.resolve("sales"));

        assertThat(crawl(dataset, "missing").failures())
                .containsExactly(new CrawlFailure("missing", "there is no directory missing in the dataset"));
        assertThat(crawl(dataset, "sales/a.csv").failures())
                .containsExactly(new CrawlFailure("sales/a.csv", "sales/a.csv is a file, not a directory"));
        assertThat(crawl(dataset, "link").failures()).containsExactly(
                new CrawlFailure("link", "link leads through a symbolic link, which the crawler does not follow"));
        assertThat(crawl(dataset, "_hidden").failures()).containsExactly(
                new CrawlFailure("_hidden", "_hidden is hidden: names starting with '.' or '_' are not crawled"));
    }

    @Test
    void aPrefixLeadingOutOfTheDatasetIsRefused() {
        TableDiscovery discovery = discovery();

        for (String prefix : new String[] {"../other", "sales/../../other", "/etc", "/", "sales//a", "./sales", "sales\0", "a\\b"}) {
            assertThatThrownBy(() -> discovery.discover(dataset, prefix, log)).as(prefix)
                    .isInstanceOf(InvalidCrawlPrefixException.class);
        }
        assertThatThrownBy(() -> discovery.discover(dataset, "../other", log))
                .hasMessage("A crawl prefix must not have empty, '.' or '..' parts: '../other'");
    }

    @Test
    void progressCountsTableDirectories() {
        write(dataset, "a/x.csv", "id\n1\n");
        write(dataset, "b/x.csv", "id\n1\n");
        write(dataset, "c/x.csv", "id\n1\n");

        crawl(dataset);

        assertThat(log.progress()).containsExactly("0/3", "1/3", "2/3", "3/3");
        assertThat(log.infos()).contains("found 3 table directories", "table a from a: 1 csv files, 1 columns");
    }

    @Test
    void anEmptyDatasetHasNoTables() {
        CrawlFindings findings = crawl(dataset);

        assertThat(findings.tables()).isEmpty();
        assertThat(findings.failures()).isEmpty();
        assertThat(log.progress()).containsExactly("0/0");
    }
}
