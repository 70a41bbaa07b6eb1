package io.lakegate.dataset.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input fails its table with a clear reason, or is skipped with a log line; none stops the crawl. */
class BadInputTest extends CrawlTestSupport {

    @TempDir
    Path dataset;

    @Test
    void anEmptyFileIsSkipped() {
        write(dataset, "sales/a.csv", "id\n1\n");
        write(dataset, "sales/b.csv", "");

        CrawlFindings findings = crawl(dataset);

        assertThat(table(findings, "sales").statistics().objectCount()).isEqualTo(1);
        assertThat(log.warnings()).containsExactly("skipped empty file sales/b.csv");
    }

    @Test
    void aDirectoryOfOnlyEmptyFilesFails() {
        write(dataset, "sales/a.csv", "");
        write(dataset, "sales/b.parquet", "");

        assertThat(crawl(dataset).failures()).containsExactly(new CrawlFailure("sales", "directory sales holds only empty files"));
    }

    @Test
    void aCsvWithNoColumnsFails() {
        write(dataset, "blank/a.csv", "\n\n  \n");

        assertThat(crawl(dataset).failures())
                .containsExactly(new CrawlFailure("blank", "file blank/a.csv has no columns: it holds only blank lines"));
    }

    @Test
    void aCsvWithRowsOfDifferentLengthsFailsNamingTheLine() {
        write(dataset, "bad/a.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n");

        assertThat(crawl(dataset).failures()).containsExactly(new CrawlFailure("bad",
                "file bad/a.csv is malformed: CSV Error on Line: 3; Expected Number of Columns: 3 Found: 2"));
    }

    @Test
    void aCsvWithAnUnterminatedQuoteFailsNamingTheLine() {
        write(dataset, "bad/a.csv", "a,b\n1,\"unterminated\n2,3\n");

        assertThat(crawl(dataset).failures()).containsExactly(new CrawlFailure("bad",
                "file bad/a.csv is malformed: CSV Error on Line: 2; Value with unterminated quote found."));
    }

    @Test
    void aMalformedFileAfterAGoodOneIsFound() {
        write(dataset, "bad/a.csv", "a,b\n1,2\n");
        write(dataset, "bad/b.csv", "a,b\n1,2\n3,4,5\n");

        assertThat(crawl(dataset).failures()).singleElement().satisfies(failure -> {
            assertThat(failure.relativePath()).isEqualTo("bad");
            assertThat(failure.reason()).startsWith("file bad/b.csv is malformed: CSV Error on Line: 3");
        });
    }

    @Test
    void linesBeforeTheHeaderAreNotSkipped() {
        write(dataset, "export/a.csv", "Sales export of 2024\nid,name\n1,a\n2,b\n");

        assertThat(crawl(dataset).failures()).containsExactly(new CrawlFailure("export",
                "file export/a.csv is malformed: CSV Error on Line: 2; Expected Number of Columns: 1 Found: 2"));
    }

    @Test
    void aGzFileThatIsNotCompressedFails() {
        write(dataset, "logs/a.csv.gz", "id\n1\n");

        assertThat(crawl(dataset).failures()).containsExactly(
                new CrawlFailure("logs", "file logs/a.csv.gz is not gzip-compressed (Not in GZIP format)"));
    }

    @Test
    void malformedJsonFailsNamingThePlace() {
        write(dataset, "bad/a.json", "{\"a\": 1}\n{\"a\": 2,\n");

        assertThat(crawl(dataset).failures()).containsExactly(new CrawlFailure("bad",
                "Malformed JSON in file \"bad/a.json\", at byte 10 in line 3: unexpected end of data. "
                + "(newline-delimited JSON holds one whole object per line)"));
    }

    @Test
    void aPrettyPrintedJsonObjectIsNotNewlineDelimitedJson() {
        write(dataset, "config/a.json", "{\n  \"a\": 1\n}\n");

        assertThat(crawl(dataset).failures()).singleElement().extracting(CrawlFailure::reason).asString()
                .startsWith("Malformed JSON in file \"config/a.json\", at byte 2 in line 2")
                .endsWith("(newline-delimited JSON holds one whole object per line)");
    }

    @Test
    void jsonThatIsNotObjectsFails() {
        write(dataset, "numbers/a.json", "[1, 2, 3]");
        write(dataset, "text/a.json", "hello");

        assertThat(crawl(dataset).failures()).containsExactly(
                new CrawlFailure("numbers", "directory numbers holds JSON values that are not objects with fields"),
                new CrawlFailure("text", "file text/a.json is not JSON objects: it starts with 'h'"));
    }

    @Test
    void jsonArraysAndNewlineDelimitedJsonInOneDirectoryFail() {
        write(dataset, "events/a.json", "[{\"a\": 1}]");
        write(dataset, "events/b.json", "{\"a\": 2}\n");

        assertThat(crawl(dataset).failures()).containsExactly(
                new CrawlFailure("events", "directory events mixes JSON arrays and newline-delimited JSON"));
    }

    @Test
    void aDirectoryMixingFormatsFails() {
        write(dataset, "raw/mixed/a.csv", "id\n1\n");
        parquet(dataset.resolve("raw/mixed/b.parquet"), "select 1 as id");
        write(dataset, "raw/mixed/c.csv", "id\n2\n");

        assertThat(crawl(dataset).failures())
                .containsExactly(new CrawlFailure("raw/mixed", "directory raw/mixed mixes formats: csv, parquet"));
    }

    @Test
    void aDirectoryMixingPartitionLayoutsFails() {
        write(dataset, "sales/a.csv", "id\n1\n");
        write(dataset, "sales/year=2024/a.csv", "id\n1\n");
        write(dataset, "sales/year=2024/month=01/a.csv", "id\n1\n");

        assertThat(crawl(dataset).failures()).containsExactly(
                new CrawlFailure("sales", "directory sales mixes partition layouts: (none), year, year/month"));
    }

    @Test
    void aCorruptParquetFileFailsWithoutShowingWhereTheDatasetLies() throws IOException {
        write(dataset, "sales/a.parquet", "this is not parquet");

        String location = dataset.toRealPath().toString();

        CrawlFailure failure = crawl(dataset).failures().getFirst();

        assertThat(failure.reason()).isEqualTo("No magic bytes found at end of file 'sales/a.parquet'");
        assertThat(log.errors()).singleElement().asString().doesNotContain(location);
    }

    @Test
    void oneBadTableDoesNotStopTheOthers() {
        write(dataset, "bad/a.csv", "a,b,c\n1,2\n");
        write(dataset, "good/a.csv", "id\n1\n");

        CrawlFindings findings = crawl(dataset);

        assertThat(names(findings)).containsExactly("good");
        assertThat(findings.failures()).extracting(CrawlFailure::relativePath).containsExactly("bad");
        assertThat(log.progress()).containsExactly("0/2", "1/2", "2/2");
    }

    @Test
    void aFileDeletedAfterTheListingIsLeftOut() {
        write(dataset, "sales/a.csv", "id,amount\n1,2.5\n");
        Path vanishing = write(dataset, "sales/b.csv", "id,amount,extra\n2,3.5,x\n");

        CrawlFindings findings = discovery().discover(dataset, "", deletingOnceListed(List.of(vanishing)));

        DiscoveredTable sales = table(findings, "sales");
        assertThat(sales.source().columns()).containsExactly(column("id", "BIGINT"), column("amount", "DOUBLE"));
        assertThat(sales.statistics().objectCount()).isEqualTo(1);
        assertThat(log.warnings()).containsExactly("file sales/b.csv vanished during the crawl");
    }

    @Test
    void aTableWhoseFilesAllVanishFails() {
        Path first = dataset.resolve("sales/a.parquet");
        Path second = dataset.resolve("sales/b.parquet");
        parquet(first, "select 1 as id");
        parquet(second, "select 2 as id");

        CrawlFindings findings = discovery().discover(dataset, "", deletingOnceListed(List.of(first, second)));

        assertThat(findings.failures())
                .containsExactly(new CrawlFailure("sales", "all files of directory sales vanished during the crawl"));
        assertThat(log.warnings()).containsExactly("file sales/a.parquet vanished during the crawl",
                "file sales/b.parquet vanished during the crawl");
    }

    /** A log that deletes files when the crawl reports it has listed the dataset, before it reads any file. */
    private CrawlLog deletingOnceListed(List<Path> files) {
        return new RecordingCrawlLog() {
            @Override
            public void progress(int done, int total) {
                log.progress(done, total);
                if (done == 0) {
                    files.forEach(BadInputTest::delete);
                }
            }

            @Override
            public void warn(String message) {
                log.warn(message);
            }
        };
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
