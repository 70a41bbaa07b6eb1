package io.lakegate.dataset.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import io.lakegate.access.TableFormat;
import io.lakegate.access.TableSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDiscoveryTest extends CrawlTestSupport {

    @TempDir
    Path dataset;

    @Test
    void aDirectoryOfCsvFilesIsATableWithSniffedOptionsAndInferredTypes() throws IOException {
        write(dataset, "sales/2024-01.csv", "id,customer,amount,day\n1,\"Smith, John\",12.50,2024-01-05\n2,Ann,3.25,2024-01-06\n");
        write(dataset, "sales/2024-02.csv", "id,customer,amount,day\n3,\"Doe, Jane\",7.00,2024-02-01\n");

        CrawlFindings findings = crawl(dataset);

        assertNoFailures(findings);
        DiscoveredTable sales = table(findings, "sales");
        assertThat(sales.relativePath()).isEqualTo("sales");
        TableSource source = sales.source();
        assertThat(source.location()).isEqualTo(dataset.toRealPath().resolve("sales").toString());
        assertThat(source.format()).isEqualTo(TableFormat.CSV);
        assertThat(source.options()).isEqualTo(Map.of("delimiter", ",", "quote", "\"", "escape", "\"", "header", "true"));
        assertThat(source.columns()).containsExactly(column("id", "BIGINT"), column("customer", "VARCHAR"),
                column("amount", "DOUBLE"), column("day", "DATE"));
        assertThat(source.partitioned()).isFalse();
    }

    @Test
    void tsvFilesAreReadWithATabDelimiter() {
        write(dataset, "events/day1.tsv", "user\tevent\tcount\nann\tlogin, first\t3\nbob\tlogout\t1\n");

        TableSource source = table(crawl(dataset), "events").source();

        assertThat(source.format()).isEqualTo(TableFormat.CSV);
        assertThat(source.options()).containsEntry("delimiter", "\t").containsEntry("header", "true");
        assertThat(source.columns()).containsExactly(column("user", "VARCHAR"), column("event", "VARCHAR"),
                column("count", "BIGINT"));
    }

    @Test
    void semicolonsAndEscapedQuotesAreSniffed() {
        write(dataset, "orders/a.csv", "id;note\n1;\"said \"\"hi\"\"; left\"\n2;plain\n");

        TableSource source = table(crawl(dataset), "orders").source();

        assertThat(source.options()).containsEntry("delimiter", ";").containsEntry("quote", "\"").containsEntry("escape", "\"");
        assertThat(source.columns()).containsExactly(column("id", "BIGINT"), column("note", "VARCHAR"));
    }

    @Test
    void filesWithoutAHeaderGetNumberedColumns() {
        write(dataset, "readings/a.csv", "1,20.5,2024-01-01\n2,21.0,2024-01-02\n3,19.5,2024-01-03\n");

        TableSource source = table(crawl(dataset), "readings").source();

        assertThat(source.options()).containsEntry("header", "false");
        assertThat(source.columns()).containsExactly(column("column0", "BIGINT"), column("column1", "DOUBLE"),
                column("column2", "DATE"));
    }

    @Test
    void columnsOfAllFilesAreUnitedByName() {
        write(dataset, "people/a.csv", "id,name\n1,ann\n");
        write(dataset, "people/b.csv", "id,name,email\n2,bob,bob@example.com\n");

        assertThat(table(crawl(dataset), "people").source().columns())
                .containsExactly(column("id", "BIGINT"), column("name", "VARCHAR"), column("email", "VARCHAR"));
    }

    @Test
    void gzippedCsvIsRead() {
        writeGzipped(dataset, "logs/a.csv.gz", "level,message\nINFO,started\nWARN,\"slow, very\"\n");

        DiscoveredTable logs = table(crawl(dataset), "logs");

        assertThat(logs.source().columns()).containsExactly(column("level", "VARCHAR"), column("message", "VARCHAR"));
        assertThat(logs.statistics().objectCount()).isEqualTo(1);
    }

    @Test
    void keyValueDirectoriesBecomePartitionColumnsAfterTheDataColumns() {
        write(dataset, "sales/year=2023/month=12/a.csv", "id,amount\n1,2.5\n");
        write(dataset, "sales/year=2024/month=01/a.csv", "id,amount\n2,3.5\n");
        write(dataset, "sales/year=2024/month=02/b.csv", "id,amount\n3,4.5\n");

        CrawlFindings findings = crawl(dataset);

        assertNoFailures(findings);
        assertThat(names(findings)).containsExactly("sales");
        TableSource source = table(findings, "sales").source();
        assertThat(source.columns()).containsExactly(column("id", "BIGINT"), column("amount", "DOUBLE"),
                partition("year", "BIGINT"), partition("month", "VARCHAR"));
        assertThat(source.partitioned()).isTrue();
        assertThat(table(findings, "sales").statistics().objectCount()).isEqualTo(3);
    }

    @Test
    void statisticsCountFilesAndBytesButNotCsvRecords() throws IOException {
        Path first = write(dataset, "sales/a.csv", "id\n1\n2\n");
        Path second = write(dataset, "sales/b.csv", "id\n3\n");

        TableStatistics statistics = table(crawl(dataset), "sales").statistics();

        assertThat(statistics.objectCount()).isEqualTo(2);
        assertThat(statistics.totalBytes()).isEqualTo(Files.size(first) + Files.size(second));
        assertThat(statistics.recordCount()).isNull();
        assertThat(statistics.fingerprint()).matches("[0-9a-f]{64}");
    }

    @Test
    void theFingerprintChangesWhenAFileChangesAndOnlyThen() throws IOException {
        Path file = write(dataset, "sales/a.csv", "id\n1\n");
        write(dataset, "sales/b.csv", "id\n2\n");
        String before = table(crawl(dataset), "sales").statistics().fingerprint();

        assertThat(table(crawl(dataset), "sales").statistics().fingerprint()).isEqualTo(before);

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        String touched = table(crawl(dataset), "sales").statistics().fingerprint();
        write(dataset, "sales/c.csv", "id\n3\n");
        String added = table(crawl(dataset), "sales").statistics().fingerprint();

        assertThat(touched).isNotEqualTo(before);
        assertThat(added).isNotEqualTo(touched);
    }

    @Test
    void aReCrawlAfterASchemaChangeSeesTheNewColumns() {
        write(dataset, "sales/a.csv", "id,amount\n1,2.5\n");
        assertThat(table(crawl(dataset), "sales").source().columns()).hasSize(2);

        write(dataset, "sales/a.csv", "id,amount,currency\n1,2.5,EUR\n");

        assertThat(table(crawl(dataset), "sales").source().columns())
                .containsExactly(column("id", "BIGINT"), column("amount", "DOUBLE"), column("currency", "VARCHAR"));
    }
}
