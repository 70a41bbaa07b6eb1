package io.lakegate.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.lakegate.platform.LakegateProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Whole results stored as Parquet, read back a page at a time or as CSV; statements stopped by cancel or time. */
class StoredResultsTest {

    /** Larger than any result here. */
    private static final DataSize ANY_SIZE = DataSize.ofGigabytes(1);

    private static final LakegateProperties.Query SETTINGS =
            new LakegateProperties.Query("1GB", 2, Duration.ofSeconds(3));

    @TempDir
    static Path root;
    static SalesStore store;
    static QuerySandboxes sandboxes;
    static StoredResults results;

    @BeforeAll
    static void writeStore() {
        store = new SalesStore(root);
        DuckDbConnections connections = new DuckDbConnections(SETTINGS);
        sandboxes = new QuerySandboxes(connections, SETTINGS);
        results = new StoredResults(connections);
    }

    @AfterAll
    static void closeSandboxes() throws Exception {
        sandboxes.close();
    }

    @Test
    void aWholeResultIsStoredWithItsTypesAndReadBackInPagesAndAsCsv() throws Exception {
        Path file = resultDirectory("results").resolve("r1.parquet");
        StoredResult stored;
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), file.getParent())) {
            stored = sandbox.store("select order_id, amount, ordered_on, [order_id, 2] as pair from sales.orders order by 1", file,
                    2, ANY_SIZE);
        }

        assertThat(stored.rows()).isEqualTo(3);
        assertThat(stored.firstRows()).isEqualTo(results.page(file, 0, 2).rows());
        assertThat(stored.firstRows()).extracting(row -> row.getFirst()).containsExactly(1L, 2L);
        assertThat(stored.columns()).extracting(ResultColumn::type).containsExactly("BIGINT", "DECIMAL(10,2)", "DATE",
                "BIGINT[]");
        QueryResult second = results.page(file, 1, 1);
        assertThat(second.rows()).singleElement().satisfies(row -> {
            assertThat(row.subList(0, 2)).containsExactly(2L, new BigDecimal("20.00"));
            assertThat(row.get(2).toString()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(row.get(3)).isEqualTo(List.of(2L, 2L));
        });
        assertThat(second.truncated()).isTrue();
        assertThat(results.page(file, 2, 10).truncated()).isFalse();

        Path csv = root.resolve("results/r1.csv");
        results.writeCsv(file, csv);
        assertThat(Files.readAllLines(csv)).first().isEqualTo("order_id,amount,ordered_on,pair");
        assertThat(Files.readAllLines(csv)).hasSize(4);
    }

    @Test
    void anEmptyResultIsStoredWithItsColumns() throws Exception {
        Path file = resultDirectory("empty").resolve("none.parquet");
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), file.getParent())) {
            StoredResult none = sandbox.store("select order_id, customer from sales.orders where amount < 0", file, 10, ANY_SIZE);

            assertThat(none.rows()).isZero();
            assertThat(none.firstRows()).isEmpty();
            assertThat(none.columns()).extracting(ResultColumn::name).containsExactly("order_id", "customer");
            assertThat(results.page(file, 0, 10).rows()).isEmpty();
        }
    }

    @Test
    void wideIntegersAreStoredExactly() throws Exception {
        Path file = resultDirectory("wide").resolve("sums.parquet");
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), file.getParent())) {
            StoredResult sums = sandbox.store("""
                    select sum(order_id) as orders, 9007199254740993::hugeint as beyond_doubles,
                           -99999999999999999999999999999999999999::hugeint as lowest, 7::uhugeint as unsigned,
                           sum(order_id) as orders
                    from sales.orders""", file, 1, ANY_SIZE);

            assertThat(sums.columns()).extracting(column -> column.name() + ":" + column.type()).containsExactly(
                    "orders:HUGEINT", "beyond_doubles:HUGEINT", "lowest:HUGEINT", "unsigned:UHUGEINT", "orders_1:HUGEINT");
            List<Object> expected = List.of(new BigDecimal("6"), new BigDecimal("9007199254740993"),
                    new BigDecimal("-99999999999999999999999999999999999999"), new BigDecimal("7"), new BigDecimal("6"));
            assertThat(sums.firstRows()).singleElement().isEqualTo(expected);
            assertThat(results.page(file, 0, 1).rows()).singleElement().isEqualTo(expected);

            StoredResult nested = sandbox.store("""
                    select [sum(order_id), 9007199254740993::hugeint] as sums,
                           {'total': 9007199254740993::hugeint, 'label': 'x'} as summary,
                           map {'k': 9007199254740993::uhugeint} as by_key
                    from sales.orders""", file.resolveSibling("nested.parquet"), 1, ANY_SIZE);
            assertThat(nested.columns()).extracting(ResultColumn::type).containsExactly("HUGEINT[]",
                    "STRUCT(total HUGEINT, \"label\" VARCHAR)", "MAP(VARCHAR, UHUGEINT)");
            assertThat(nested.firstRows().getFirst().toString())
                    .isEqualTo("[[6, 9007199254740993], {total=9007199254740993, label=x}, {k=9007199254740993}]");

            assertThatThrownBy(() -> sandbox.store("select 170141183460469231731687303715884105727::hugeint as largest",
                    file.resolveSibling("largest.parquet"), 1, ANY_SIZE))
                    .isInstanceOf(QueryFailedException.class)
                    .hasMessageContaining("Could not cast value 170141183460469231731687303715884105727");
        }
    }

    @Test
    void anExplanationIsStoredToo() throws Exception {
        Path file = resultDirectory("plan").resolve("plan.parquet");
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), file.getParent())) {
            StoredResult plan = sandbox.store("explain select count(*) from sales.orders", file, 100, ANY_SIZE);
            assertThat(plan.columns()).extracting(ResultColumn::name).containsExactly("explain_key", "explain_value");
            assertThat(plan.rows()).isPositive().isEqualTo(plan.firstRows().size());
        }
    }

    @Test
    void theSandboxWritesAndReadsNothingOutsideItsResultDirectory() throws Exception {
        Path own = resultDirectory("own");
        Path other = resultDirectory("other");
        Path otherResult = other.resolve("kept.parquet");
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), other)) {
            sandbox.store("select 42 as answer", otherResult, 1, ANY_SIZE);
        }
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), own)) {
            assertThatThrownBy(() -> sandbox.store("select 1", root.resolve("elsewhere.parquet"), 1, ANY_SIZE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot write");
            assertThatThrownBy(() -> sandbox.query("copy (select 1) to '%s'".formatted(own.resolve("x.parquet")), 1))
                    .isInstanceOf(QueryRefusedException.class);
            // even SQL that is not checked, as Lakegate's own, can neither write outside nor read another's results
            assertThatThrownBy(() -> sandbox.withConnection(connection -> connection.createStatement()
                    .execute("copy (select 1) to '%s'".formatted(root.resolve("elsewhere.parquet")))))
                    .isInstanceOf(QueryFailedException.class)
                    .hasMessageContaining("Cannot access file");
            assertThatThrownBy(() -> sandbox.withConnection(connection -> connection.createStatement()
                    .execute("select * from read_parquet('%s')".formatted(otherResult))))
                    .isInstanceOf(QueryFailedException.class)
                    .hasMessageContaining("Cannot access file");
            StoredResult mine = sandbox.store("select 7 as answer", own.resolve("mine.parquet"), 1, ANY_SIZE);
            assertThat(mine.firstRows()).containsExactly(List.of(7));
        }
        assertThat(root.resolve("elsewhere.parquet")).doesNotExist();
        assertThat(otherResult).exists();
    }

    @Test
    void aCancelledStatementStopsAndSaysSo() throws Exception {
        Path file = resultDirectory("cancelled").resolve("cancelled.parquet");
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), file.getParent())) {
            CompletableFuture<StoredResult> running = CompletableFuture.supplyAsync(() -> sandbox.store(
                    "select count(*) from range(100000000000) a", file, 1, ANY_SIZE));
            Thread.sleep(300);
            sandbox.cancel();

            assertThat(running).failsWithin(5, TimeUnit.SECONDS).withThrowableThat().havingCause()
                    .isInstanceOfSatisfying(QueryStoppedException.class, stopped -> {
                        assertThat(stopped.reason()).isEqualTo(QueryStoppedException.Reason.CANCELLED);
                        assertThat(stopped).hasMessage("The query was cancelled");
                    });
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCancelWhileTheResultIsBeingWrittenStopsIt() throws Exception {
        // with DuckDB 2.0's asynchronous Parquet writes, such a cancel hung the statement for good now and then
        for (int round = 0; round < 20; round++) {
            Path file = resultDirectory("cancelled-writing").resolve("round-" + round + ".parquet");
            try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), file.getParent())) {
                CompletableFuture<StoredResult> running = CompletableFuture.supplyAsync(() -> sandbox.store(
                        "select i, md5(i::varchar) as digest from range(100000000) t(i)", file, 1, ANY_SIZE));
                Thread.sleep(110);
                sandbox.cancel();

                assertThat(running).as("round " + round).failsWithin(10, TimeUnit.SECONDS).withThrowableThat()
                        .havingCause().isInstanceOf(QueryStoppedException.class);
            }
        }
    }

    @Test
    void aResultGrowingPastTheLargestKeptStopsAndSaysSo() throws Exception {
        Path file = resultDirectory("large").resolve("large.parquet");
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), file.getParent())) {
            assertThatThrownBy(() -> sandbox.store("select i, md5(i::varchar) as digest from range(100000000) t(i)", file,
                    1, DataSize.ofMegabytes(2)))
                    .isInstanceOf(QueryFailedException.class)
                    .isNotInstanceOf(QueryStoppedException.class)
                    .hasMessage("The result grew past the 2 MB a worksheet keeps (lakegate.worksheets.max-result-size);"
                            + " narrow the query with a filter, fewer columns or a LIMIT");
            assertThat(sandbox.stopped()).as("not kept for another query").isTrue();
        }
    }

    @Test
    void aStatementPastTheTimeLimitStopsAndSaysSo() throws Exception {
        Path file = resultDirectory("slow").resolve("slow.parquet");
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()), file.getParent())) {
            assertThatThrownBy(() -> sandbox.store("select count(*) from range(100000000000) a", file, 1, ANY_SIZE))
                    .isInstanceOfSatisfying(QueryStoppedException.class, stopped -> {
                        assertThat(stopped.reason()).isEqualTo(QueryStoppedException.Reason.TIME_LIMIT);
                        assertThat(stopped).hasMessage("Query exceeded the time limit of 3s");
                    });
        }
    }

    private static Path resultDirectory(String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }
}
