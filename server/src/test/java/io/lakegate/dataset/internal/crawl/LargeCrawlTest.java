package io.lakegate.dataset.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.lakegate.access.TableColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls of many files stay fast. The timing is printed to the test's output file. */
class LargeCrawlTest extends CrawlTestSupport {

    private static final String ROWS = "id,customer,amount,day\n1,\"Smith, John\",12.50,2024-01-05\n2,Ann,3.25,2024-01-06\n";

    @TempDir
    Path dataset;

    @Test
    void aThousandSmallCsvFilesInFiftyDirectoriesCrawlInSeconds() {
        IntStream.range(0, 50).forEach(table -> IntStream.range(0, 20).forEach(file ->
                write(dataset, "table%02d/part-%03d.csv".formatted(table, file), ROWS)));
        Duration first = timed(() -> discovery().discover(dataset, "", new RecordingCrawlLog())).elapsed();
        Timed<CrawlFindings> second = timed(() -> crawl(dataset));
        CrawlFindings findings = second.result();

        System.out.printf("Crawled 1000 CSV files in 50 directories in %d ms (first crawl in this JVM: %d ms)%n",
                second.elapsed().toMillis(), first.toMillis());
        assertNoFailures(findings);
        assertThat(findings.tables()).hasSize(50).allSatisfy(table -> {
            assertThat(table.statistics().objectCount()).isEqualTo(20);
            assertThat(table.source().columns()).hasSize(4);
        });
        assertThat(second.elapsed()).isLessThan(Duration.ofSeconds(10));
    }

    private record Timed<T>(T result, Duration elapsed) {
    }

    private static <T> Timed<T> timed(Supplier<T> action) {
        long started = System.nanoTime();
        T result = action.get();
        return new Timed<>(result, Duration.ofNanos(System.nanoTime() - started));
    }

    @Test
    void columnsOfAVeryLargeTableAreInferredFromAnEvenSpreadOfItsFiles() {
        int files = TableInspector.MAX_SAMPLED_FILES * 2;
        IntStream.range(0, files).forEach(file -> write(dataset, "sales/part-%04d.csv".formatted(file), ROWS));
        write(dataset, "sales/part-0001.csv", "id,customer,amount,day,only_here\n1,Ann,1.0,2024-01-01,x\n");
        write(dataset, "sales/part-0998.csv", "id,customer,amount,day,in_the_sample\n1,Ann,1.0,2024-01-01,x\n");

        DiscoveredTable sales = table(crawl(dataset), "sales");

        assertThat(sales.statistics().objectCount()).isEqualTo(files);
        assertThat(sales.source().columns()).extracting(TableColumn::name)
                .containsExactly("id", "customer", "amount", "day", "in_the_sample");
        assertThat(log.infos()).contains("sales: columns inferred from 500 of its 1000 files");
    }
}
