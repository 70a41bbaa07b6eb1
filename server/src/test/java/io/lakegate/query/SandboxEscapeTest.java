package io.lakegate.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.lakegate.access.DataFilter;
import io.lakegate.platform.LakegateProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way out of a sandbox that we know of is closed twice: the statement rules refuse it, and beneath them the
 * engine's lock would refuse what leaves the tables' directories. The sandbox shows {@code sales.orders} through a
 * data filter (alice's orders only, without the customer), so reading the table's files directly would leak.
 */
class SandboxEscapeTest {

    /** As Lakegate runs: databases opened ahead of need, configured when taken. */
    private static final LakegateProperties.Query SETTINGS =
            new LakegateProperties.Query("1GB", 2, Duration.ofSeconds(5), 2, 0, Duration.ofMinutes(1));
    private static final String SINGLE_SELECT =
            "Only a single read-only statement (SELECT, WITH, VALUES, or EXPLAIN of one) may run";

    @TempDir
    static Path root;
    static SalesStore store;
    static DuckDbConnections connections;
    static QuerySandboxes sandboxes;
    static Sandbox sandbox;

    @BeforeAll
    static void openSandbox() {
        store = new SalesStore(root);
        TableFiles.write(store.location("linked").resolve("part-0.csv"), "secret\nnot-secret\n");
        TableFiles.symbolicLink(store.location("linked").resolve("part-1.csv"), store.secret());
        TableFiles.symbolicLink(store.location("orders").resolve("_links/outside"), store.secret().getParent());
        connections = new DuckDbConnections(SETTINGS);
        sandboxes = new QuerySandboxes(connections, SETTINGS);
        sandbox = sandboxes.open(List.of(store.orders("sales",
                new DataFilter("alice", List.of("order_id", "amount", "year"), "customer = 'alice'"))));
    }

    @AfterAll
    static void closeSandbox() throws Exception {
        sandbox.close();
        sandboxes.close();
        connections.close();
    }

    @AfterEach
    void theFilteredViewIsIntact() {
        assertThat(sandbox.query("select order_id from sales.orders order by 1", 10).rows())
                .containsExactly(List.of(1L), List.of(3L));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            select * from read_csv('/etc/passwd') | Table function 'read_csv' is not available
            select * from read_text('/etc/passwd') | Table function 'read_text' is not available
            select * from read_blob('/etc/passwd') | Table function 'read_blob' is not available
            select * from read_json('/etc/passwd') | Table function 'read_json' is not available
            select * from read_parquet('/etc/passwd') | Table function 'read_parquet' is not available
            select * from read_csv('{salaries}/salaries.csv') | Table function 'read_csv' is not available
            select * from read_csv('../hr/salaries/salaries.csv') | Table function 'read_csv' is not available
            select * from read_csv('/tmp/**') | Table function 'read_csv' is not available
            select * from read_csv('{orders}/_links/outside/secret.csv') | Table function 'read_csv' is not available
            select * from read_csv('file:///etc/passwd') | Table function 'read_csv' is not available
            select * from glob('/etc/*') | Table function 'glob' is not available
            select * from sales.orders, read_csv('{secret}') | Table function 'read_csv' is not available
            select (select count(*) from read_text('{secret}')) | Table function 'read_text' is not available
            select * from query('select * from read_csv(''{secret}'')') | Table function 'query' is not available
            select * from duckdb_settings() | Table function 'duckdb_settings' is not available
            select * from read_csv('{orders}/*/*.csv') | Table function 'read_csv' is not available
            select * from '{orders}/year=2023/part-0.csv' | Table '{orders}/year=2023/part-0.csv' is not available
            select * from "{root}/sales"."orders/year=2023/part-0.csv" | is not available
            with "{orders}/x.csv" as (select 1) select * from "{orders}/x.csv" | is not available
            summarize '{orders}/year=2023/part-0.csv' | is not available
            describe '{secret}' | is not available
            select * from information_schema.views | Table 'information_schema.views' is not available
            select * from orders | Table 'orders' is not available
            show tables | SHOW is not available
            select current_setting('allowed_directories') | Function 'current_setting' is not available
            copy (select 1) to '{root}/copy.csv' | SINGLE_SELECT
            copy sales.orders to '{orders}/year=2023/part-1.csv' | SINGLE_SELECT
            export database '{root}/export' | SINGLE_SELECT
            attach '{root}/attached.db' as attached | SINGLE_SELECT
            detach memory | SINGLE_SELECT
            install httpfs | SINGLE_SELECT
            load httpfs | SINGLE_SELECT
            set enable_external_access = true | SINGLE_SELECT
            reset allowed_directories | SINGLE_SELECT
            pragma version | SINGLE_SELECT
            call pragma_version() | SINGLE_SELECT
            checkpoint | SINGLE_SELECT
            use sales | SINGLE_SELECT
            create table sales.copy as select * from sales.orders | SINGLE_SELECT
            create or replace view sales.orders as select * from read_csv('{orders}/*/*.csv') | SINGLE_SELECT
            create secret (type s3, key_id 'k', secret 's') | SINGLE_SELECT
            insert into sales.orders values (9, 9, 2024) | SINGLE_SELECT
            drop view sales.orders | SINGLE_SELECT
            explain copy (select 1) to '{root}/copy.csv' | SINGLE_SELECT
            explain explain select 1 | SINGLE_SELECT
            explain analyze select * from read_csv('/etc/passwd') | Table function 'read_csv' is not available
            /* explain */ drop view sales.orders | SINGLE_SELECT
            "-- explain
             drop view sales.orders" | SINGLE_SELECT
            select 1; select 2 | SINGLE_SELECT; this has 2
            "select 1; -- a comment
             drop view sales.orders" | SINGLE_SELECT
            select 1 /* ; */; copy (select 1) to '{root}/copy.csv' | SINGLE_SELECT
            "-- only a comment" | The query is empty
            selec 1 | The query is not valid SQL: syntax error at or near "selec"
            """)
    void theStatementRulesRefuse(String sql, String message) {
        assertThatThrownBy(() -> sandbox.query(placesIn(sql), 10))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageContaining(placesIn(message.replace("SINGLE_SELECT", SINGLE_SELECT)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            select * from read_csv('/etc/passwd') | Cannot access file "/etc/passwd"
            select * from read_text('{secret}') | Cannot access file "{secret}"
            select * from read_csv('{salaries}/salaries.csv') | Cannot access file "{salaries}/salaries.csv"
            select * from read_csv('{orders}/../../hr/salaries/salaries.csv') | - file system operations are disabled
            select * from read_csv('hr/salaries/salaries.csv') | - file system operations are disabled
            select * from glob('/tmp/**') | Cannot access file "/tmp/**"
            select * from glob('/etc/*') | Cannot access file "/etc/*"
            select * from read_csv('{orders}/_links/outside/secret.csv') | "sales.orders/_links/outside/secret.csv"
            select * from read_csv('file:///etc/passwd') | Cannot access file "file:///etc/passwd"
            select * from read_csv('https://example.com/x.csv') | Cannot access file "https://example.com/x.csv"
            copy (select 1) to '{root}/copy.csv' | Cannot access file "{root}/copy.csv"
            export database '{root}/export' | Cannot access directory "{root}/export"
            attach '{root}/attached.db' as attached | Cannot access file "{root}/attached.db"
            install httpfs | - file system operations are disabled
            load httpfs | Loading external extensions is disabled
            set enable_external_access = true | the configuration has been locked
            set allowed_directories = ['/'] | the configuration has been locked
            select getenv('HOME') | Scalar Function with name getenv does not exist
            """)
    void beneathTheRulesTheEngineRefusesWhatLeavesTheTablesDirectories(String sql, String message) {
        assertThatThrownBy(() -> sandbox.withConnection(connection -> {
            try (var statement = connection.createStatement()) {
                return statement.execute(placesIn(sql));
            }
        }))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining(placesIn(message));
    }

    @Test
    void theLockAloneWouldLetACopyWriteIntoATablesDirectorySoTheRulesMustStopIt() {
        Path scratch = TableFiles.write(root.resolve("scratch/part-0.csv"), "id\n1\n").getParent();
        SandboxTable table = new SandboxTable("s", "scratch",
                TableFiles.csv(scratch, List.of(TableFiles.column("id", "BIGINT"))), null);
        String copy = "copy (select 2 as id) to '%s/part-1.csv'".formatted(scratch);

        try (Sandbox scratchSandbox = sandboxes.open(List.of(table))) {
            assertThatThrownBy(() -> scratchSandbox.query(copy, 10)).isInstanceOf(QueryRefusedException.class);
            scratchSandbox.withConnection(connection -> {
                try (var statement = connection.createStatement()) {
                    return statement.execute(copy);
                }
            });

            assertThat(scratch.resolve("part-1.csv")).exists();
        }
    }

    @Test
    void aLinkOutOfATableMakesItUnreadableAndLeaksNothing() {
        SandboxTable linked = new SandboxTable("sales", "linked",
                TableFiles.csv(store.location("linked"), List.of(TableFiles.column("secret", "VARCHAR"))), null);

        try (Sandbox linkedSandbox = sandboxes.open(List.of(store.orders(), linked))) {
            assertThatThrownBy(() -> linkedSandbox.query("select * from sales.linked", 10))
                    .isInstanceOf(QueryFailedException.class)
                    .hasMessage("Table sales.linked cannot be read: Permission Error: Cannot access file"
                            + " \"sales.linked/part-1.csv\" - file system operations are disabled by configuration");
            assertThat(linkedSandbox.query("select count(*) from sales.orders", 10).rows())
                    .containsExactly(List.of(3L));
        }
    }

    @Test
    void aRowExpressionCannotReadFiles() {
        try (Sandbox filtered = sandboxes.open(List.of(store.orders("shared", new DataFilter("leak", List.of(),
                "customer in (select secret from read_csv('%s'))".formatted(store.secret())))))) {
            assertThatThrownBy(() -> filtered.query("select * from shared.orders", 10))
                    .isInstanceOf(QueryFailedException.class)
                    .hasMessage("Table shared.orders cannot be read: the row expression of its data filter 'leak' is"
                            + " refused: The row expression must not contain a subquery");
        }
    }

    private static String placesIn(String text) {
        return text.replace("{orders}", store.location("orders").toString())
                .replace("{salaries}", store.salaries().toString())
                .replace("{secret}", store.secret().toString())
                .replace("{root}", root.toString());
    }
}
