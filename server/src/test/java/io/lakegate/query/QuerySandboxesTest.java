package io.lakegate.query;

import static io.lakegate.query.TableFiles.column;
import static io.lakegate.query.TableFiles.csv;
import static io.lakegate.query.TableFiles.partition;
import static io.lakegate.query.TableFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.lakegate.access.DataFilter;
import io.lakegate.platform.LakegateProperties;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Sandboxes show tables of every format as typed views, through their data filters, and only the data files. */
class QuerySandboxesTest extends SalesStoreTest {

    @Test
    void readsPartitionedCsvWithTypedColumnsAndLeavesOutHiddenFiles() {
        QueryResult result = query(List.of(store.orders()), "select * from sales.orders order by order_id");

        assertThat(result.columns()).containsExactly(new ResultColumn("order_id", "BIGINT"),
                new ResultColumn("customer", "VARCHAR"), new ResultColumn("amount", "DECIMAL(10,2)"),
                new ResultColumn("ordered_on", "DATE"), new ResultColumn("year", "SMALLINT"));
        assertThat(result.rows()).containsExactly(
                List.of(1L, "alice", new BigDecimal("10.50"), "2023-03-01", (short) 2023),
                List.of(2L, "bob", new BigDecimal("20.00"), "2023-07-15", (short) 2023),
                List.of(3L, "alice", new BigDecimal("5.25"), "2024-01-31", (short) 2024));
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void readsCsvWithItsDelimiter() {
        QueryResult result = query(List.of(store.lines()), "select * from sales.lines order by product");

        assertThat(result.columns()).extracting(ResultColumn::type).containsExactly("BIGINT", "VARCHAR", "INTEGER");
        assertThat(result.rows()).containsExactly(List.of(1L, "ink", 1), List.of(3L, "pad", 4), List.of(1L, "pen", 2));
    }

    @Test
    void readsNewlineDelimitedJsonAndJsonArrays() {
        List<SandboxTable> tables = List.of(store.customers(), store.regions());

        QueryResult customers = query(tables, "select * from sales.customers order by customer");
        QueryResult regions = query(tables, "select * from sales.regions order by region");

        assertThat(customers.columns()).extracting(ResultColumn::type).containsExactly("VARCHAR", "VARCHAR", "DATE");
        assertThat(customers.rows()).containsExactly(List.of("alice", "gold", "2020-01-01"),
                List.of("bob", "silver", "2021-06-30"));
        assertThat(regions.rows()).containsExactly(List.of("north", "carol"), List.of("south", "dave"));
    }

    @Test
    void readsPartitionedParquet() {
        QueryResult result = query(List.of(store.events()), "select * from sales.events order by event_id");

        assertThat(result.columns()).containsExactly(new ResultColumn("event_id", "BIGINT"),
                new ResultColumn("kind", "VARCHAR"), new ResultColumn("year", "INTEGER"));
        assertThat(result.rows()).containsExactly(List.of(0L, "click", 2022), List.of(1L, "click", 2023),
                List.of(2L, "click", 2022), List.of(3L, "click", 2023));
    }

    @Test
    void aLocationWhoseNameHoldsGlobCharactersIsUnreadable() {
        Path odd = root.resolve("sales/odd [1]");
        write(odd.resolve("part-0.csv"), "id\n7\n");
        SandboxTable table = new SandboxTable("sales", "odd", csv(odd, List.of(column("id", "BIGINT"))), null);

        assertThatThrownBy(() -> query(List.of(table), "select * from sales.odd"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessage("Table sales.odd cannot be read: its location holds one of the characters * ? [, which"
                        + " the query engine reads as a pattern");
    }

    @Test
    void dataFilterShowsOnlyItsColumnsAndRows() {
        DataFilter aliceOnly = new DataFilter("alice only", List.of("year", "order_id", "amount"),
                "customer = 'alice' -- the owner's comment");
        List<SandboxTable> tables = List.of(store.orders("shared", aliceOnly));

        QueryResult result = query(tables, "select * from shared.orders order by order_id");

        assertThat(result.columns()).extracting(ResultColumn::name).containsExactly("order_id", "amount", "year");
        assertThat(result.rows()).containsExactly(List.of(1L, new BigDecimal("10.50"), (short) 2023),
                List.of(3L, new BigDecimal("5.25"), (short) 2024));
        assertThatThrownBy(() -> query(tables, "select customer from shared.orders"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("\"customer\" not found");
    }

    @Test
    void aDataFilterWithoutRowExpressionShowsAllRows() {
        DataFilter columnsOnly = new DataFilter("ids", List.of("order_id"), null);

        QueryResult result = query(List.of(store.orders("shared", columnsOnly)), "select * from shared.orders");

        assertThat(result.rows()).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(1));
    }

    @Test
    void tablesOfDifferentSchemasShareASandbox() {
        QueryResult result = query(List.of(store.orders(), store.orders("shared", null), store.customers()), """
                select c.tier, count(*) as orders
                from sales.orders o join sales.customers c using (customer)
                where o.order_id in (select order_id from shared.orders)
                group by all order by 1""");

        assertThat(result.rows()).containsExactly(List.of("gold", 2L), List.of("silver", 1L));
    }

    @Test
    void returnsAtMostMaxRowsAndSaysWhenThereWereMore() {
        String sql = "select order_id from sales.orders order by 1";

        assertThat(query(List.of(store.orders()), sql, 2).rows()).containsExactly(List.of(1L), List.of(2L));
        assertThat(query(List.of(store.orders()), sql, 2).truncated()).isTrue();
        assertThat(query(List.of(store.orders()), sql, 3).truncated()).isFalse();
        assertThat(query(List.of(store.orders()), sql, 0).rows()).isEmpty();
        assertThat(query(List.of(store.orders()), "select * from range(10000000000)", 5).truncated()).isTrue();
    }

    @Test
    void acceptsEveryFormOfSelect() {
        List<SandboxTable> tables = List.of(store.orders());

        assertThat(query(tables, "with big as (select * from sales.orders where amount > 15) select count(*) from big")
                .rows()).containsExactly(List.of(1L));
        assertThat(query(tables, "values (1, 'a'), (2, 'b')").rows()).hasSize(2);
        assertThat(query(tables, "from sales.orders select customer where order_id = 2").rows())
                .containsExactly(List.of("bob"));
        assertThat(query(tables, "select 1 union all select 2;").rows()).hasSize(2);
        assertThat(query(tables, "select * from range(3) r, unnest([1, 2]) u").rows()).hasSize(6);
        assertThat(query(tables, "describe sales.orders").rows()).extracting(row -> row.getFirst())
                .containsExactly("order_id", "customer", "amount", "ordered_on", "year");
        assertThat(query(tables, "summarize sales.orders").rows()).hasSize(5);
        assertThat(query(tables, "SELECT COUNT(*) FROM Sales.\"ORDERS\"").rows()).containsExactly(List.of(3L));
    }

    @Test
    void explainsAQueryWithoutRunningItAndExplainAnalyzeRunsIt() {
        List<SandboxTable> tables = List.of(store.orders());

        QueryResult plan = query(tables, "-- the plan\nEXPLAIN select count(*) from sales.orders where amount > 15");
        assertThat(plan.columns()).extracting(ResultColumn::name).containsExactly("explain_key", "explain_value");
        assertThat(plan.rows().getFirst().get(1).toString()).contains("READ_CSV");
        assertThat(query(tables, "explain analyze select count(*) from sales.orders").rows().getFirst().get(1).toString())
                .contains("Total Time");
    }

    @Test
    void aTableThatCannotBeReadFailsOnlyTheQueriesThatReadItUntilItCanBe() {
        Path empty = root.resolve("sales/empty");
        write(empty.resolve("_SUCCESS"), "");
        SandboxTable emptyTable = new SandboxTable("sales", "empty", csv(empty, List.of(column("id", "BIGINT"))), null);

        try (Sandbox sandbox = sandboxes.open(List.of(store.orders(), emptyTable))) {
            assertThat(sandbox.query("select count(*) from sales.orders", 10).rows()).containsExactly(List.of(3L));
            assertThatThrownBy(() -> sandbox.query("select * from sales.empty", 10))
                    .isInstanceOf(QueryFailedException.class)
                    .hasMessage("Table sales.empty cannot be read: it has no data files");
            assertThatThrownBy(() -> sandbox.withConnection(connection -> true))
                    .isInstanceOf(QueryFailedException.class)
                    .hasMessage("Table sales.empty cannot be read: it has no data files");

            write(empty.resolve("part-0.csv"), "id\n7\n");
            assertThat(sandbox.query("select * from sales.empty", 10).rows())
                    .as("a table is tried again, since files may have come").containsExactly(List.of(7L));
        }
    }

    @Test
    void aRowExpressionThatIsMoreThanAnExpressionMakesItsTableUnreadable() {
        for (String rowExpression : List.of(
                "customer in (select customer from read_csv('" + store.secret() + "'))",
                "exists (select 1)",
                "true) union all (select * from read_csv('" + store.secret() + "')",
                "true) group by (1",
                "true); drop view sales.orders; select (1",
                "current_setting('allowed_directories') <> ''")) {
            try (Sandbox sandbox = sandboxes.open(List.of(store.orders("shared", new DataFilter("f", List.of(),
                    rowExpression))))) {
                assertThatThrownBy(() -> sandbox.query("select * from shared.orders", 10))
                        .as(rowExpression)
                        .isInstanceOf(QueryFailedException.class)
                        .hasMessageStartingWith("Table shared.orders cannot be read: the row expression of its data"
                                + " filter 'f' is refused");
            }
        }
    }

    @Test
    void aDataFilterNamingAColumnTheTableDoesNotHaveMakesItUnreadable() {
        DataFilter stale = new DataFilter("stale", List.of("order_id", "discount"), null);

        try (Sandbox sandbox = sandboxes.open(List.of(store.orders("shared", stale)))) {
            assertThatThrownBy(() -> sandbox.query("select * from shared.orders", 10))
                    .isInstanceOf(QueryFailedException.class)
                    .hasMessage("Table shared.orders cannot be read: its data filter 'stale' names column 'discount',"
                            + " which the table does not have");
        }
    }

    @Test
    void refusesTablesThatCannotBeTold() {
        assertThatThrownBy(() -> sandboxes.open(List.of(store.orders(), store.orders("SALES", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two tables are named SALES.orders");
        assertThatThrownBy(() -> sandboxes.open(List.of(store.orders("information_schema", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Schema name 'information_schema' is reserved by the query engine");
        SandboxTable relative = new SandboxTable("s", "t", csv(Path.of("sales/orders"), List.of()), null);
        SandboxTable dotted = new SandboxTable("s", "t", csv(root.resolve("sales/../hr/salaries"), List.of()), null);
        SandboxTable rootDirectory = new SandboxTable("s", "t", csv(Path.of("/"), List.of()), null);
        for (SandboxTable table : List.of(relative, dotted, rootDirectory)) {
            assertThatThrownBy(() -> sandboxes.open(List.of(table)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an absolute, normalized path");
        }
    }

    @Test
    void errorMessagesNameTablesNotTheirLocations() {
        Path broken = root.resolve("sales/broken");
        write(broken.resolve("year=2024/part-0.csv"), "order_id,amount\n1,12\n2,twelve\n");
        SandboxTable table = new SandboxTable("sales", "broken", csv(broken,
                List.of(column("order_id", "BIGINT"), column("amount", "INTEGER"), partition("year", "INTEGER"))),
                null);

        assertThatThrownBy(() -> query(List.of(table), "select sum(amount) from sales.broken"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("sales.broken/year=2024/part-0.csv")
                .hasMessageContaining("twelve")
                .hasMessageNotContaining(root.toString());
    }

    @Test
    void stopsAQueryAtTheTimeLimit() throws Exception {
        LakegateProperties.Query oneSecond = new LakegateProperties.Query("1GB", 2, Duration.ofSeconds(1));
        try (QuerySandboxes quick = new QuerySandboxes(new DuckDbConnections(oneSecond), oneSecond);
                Sandbox sandbox = quick.open(List.of(store.orders()))) {
            for (String slow : List.of("select sum(x % 7) from range(1000000000000) t(x)",
                    "select * from range(10000000000) t(x) where x % 1000000007 = 5")) {
                long started = System.nanoTime();

                Throwable thrown = catchThrowable(() -> sandbox.query(slow, 10));

                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(thrown).as("%s, after %s", slow, took)
                        .isInstanceOf(QueryFailedException.class)
                        .hasMessage("Query exceeded the time limit of 1s");
                assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
            }
            assertThat(sandbox.query("select count(*) from sales.orders", 1).rows()).containsExactly(List.of(3L));
        }
    }

    @Test
    void servesConcurrentSandboxes() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<QueryResult>> results = IntStream.range(0, 40)
                    .mapToObj(request -> threads.submit(() -> query(List.of(store.orders(), store.customers()),
                            "select count(*) from sales.orders join sales.customers using (customer)")))
                    .toList();

            for (Future<QueryResult> result : results) {
                assertThat(result.get().rows()).containsExactly(List.of(3L));
            }
        }
    }

    @Test
    void trustedCallersUseTheViewsWithoutChecks() {
        try (Sandbox sandbox = sandboxes.open(List.of(store.orders()))) {
            long orders = sandbox.withConnection(connection -> {
                try (var statement = connection.createStatement();
                        var result = statement.executeQuery("select count(*) from sales.orders")) {
                    result.next();
                    return result.getLong(1);
                }
            });

            assertThat(orders).isEqualTo(3);
        }
    }

    @Test
    void refusalsAndFailuresAnswerBadRequest() {
        ResponseEntity<ProblemDetail> response = new QueryProblems().badQuery(new QueryRefusedException("No."));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).extracting(ProblemDetail::getDetail).isEqualTo("No.");
    }

    private static QueryResult query(List<SandboxTable> tables, String sql) {
        return query(tables, sql, 100);
    }

    private static QueryResult query(List<SandboxTable> tables, String sql, int maxRows) {
        try (Sandbox sandbox = sandboxes.open(tables)) {
            return sandbox.query(sql, maxRows);
        }
    }
}
