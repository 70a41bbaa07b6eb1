package io.lakegate.query;

import static io.lakegate.query.TableFiles.column;
import static io.lakegate.query.TableFiles.csv;
import static io.lakegate.query.TableFiles.partition;
import static io.lakegate.query.TableFiles.write;
import static io.lakegate.query.TableFiles.writeGzip;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.lakegate.access.DataFilter;
import io.lakegate.access.TableFormat;
import io.lakegate.access.TableSource;

/**
 * A store directory holding a sales dataset's tables in every format, with the clutter real stores hold (job
 * markers, checksums, hidden and temporary directories), an HR table no sandbox here shows, and a secret outside
 * every table.
 */
final class SalesStore {

    final Path root;

    SalesStore(Path root) {
        this.root = root;
        writeOrders();
        write(location("lines").resolve("lines.tsv"), "order_id\tproduct\tquantity\n1\tpen\t2\n1\tink\t1\n3\tpad\t4\n");
        write(location("customers").resolve("part-0.json"), """
                {"customer": "alice", "tier": "gold", "since": "2020-01-01"}
                {"customer": "bob", "tier": "silver", "since": "2021-06-30"}
                """);
        write(location("regions").resolve("regions.json"), """
                [{"region": "north", "manager": "carol"}, {"region": "south", "manager": "dave"}]
                """);
        TableFiles.runUnrestricted("""
                copy (select i as event_id, 'click' as kind, 2022 + i %% 2 as year from range(4) t(i))
                to '%s' (format parquet, partition_by (year))""".formatted(location("events")));
        write(root.resolve("hr/salaries/salaries.csv"), "employee,salary\nerin,100000\n");
        write(root.resolve("outside/secret.csv"), "secret\nthe-secret-value\n");
    }

    private void writeOrders() {
        Path orders = location("orders");
        write(orders.resolve("year=2023/part-0.csv"), """
                order_id,customer,amount,ordered_on
                1,alice,10.50,2023-03-01
                2,bob,20.00,2023-07-15
                """);
        writeGzip(orders.resolve("year=2024/part-0.csv.gz"), """
                order_id,customer,amount,ordered_on
                3,alice,5.25,2024-01-31
                """);
        write(orders.resolve("_SUCCESS"), "");
        write(orders.resolve("year=2024/.part-0.csv.crc"), "not,a,csv\n");
        write(orders.resolve("year=2024/_part-9.csv"),
                "order_id,customer,amount,ordered_on\n99,mallory,1,2024-01-01\n");
        write(orders.resolve(".lakegate-staging/year=2024/part-8.csv"),
                "order_id,customer,amount,ordered_on\n98,mallory,1,2024-01-01\n");
        write(orders.resolve("_temporary/year=2024/part-7.csv"),
                "order_id,customer,amount,ordered_on\n97,mallory,1,2024-01-01\n");
    }

    Path location(String salesTable) {
        return root.resolve("sales").resolve(salesTable);
    }

    SandboxTable orders() {
        return new SandboxTable("sales", "orders", ordersSource(), null);
    }

    SandboxTable orders(String schema, DataFilter filter) {
        return new SandboxTable(schema, "orders", ordersSource(), filter);
    }

    TableSource ordersSource() {
        return csv(location("orders"), List.of(column("order_id", "BIGINT"), column("customer", "VARCHAR"),
                column("amount", "DECIMAL(10,2)"), column("ordered_on", "DATE"), partition("year", "SMALLINT")));
    }

    SandboxTable lines() {
        return new SandboxTable("sales", "lines", new TableSource(location("lines").toString(), TableFormat.CSV,
                Map.of("delimiter", "\t", "header", "true"),
                List.of(column("order_id", "BIGINT"), column("product", "VARCHAR"), column("quantity", "INTEGER"))),
                null);
    }

    SandboxTable customers() {
        return new SandboxTable("sales", "customers", new TableSource(location("customers").toString(),
                TableFormat.JSON, Map.of("format", "newline_delimited"),
                List.of(column("customer", "VARCHAR"), column("tier", "VARCHAR"), column("since", "DATE"))), null);
    }

    SandboxTable regions() {
        return new SandboxTable("sales", "regions", new TableSource(location("regions").toString(), TableFormat.JSON,
                Map.of("format", "array"), List.of(column("region", "VARCHAR"), column("manager", "VARCHAR"))), null);
    }

    SandboxTable events() {
        return new SandboxTable("sales", "events", new TableSource(location("events").toString(), TableFormat.PARQUET,
                Map.of(), List.of(column("event_id", "BIGINT"), column("kind", "VARCHAR"),
                        partition("year", "INTEGER"))), null);
    }

    List<SandboxTable> salesTables() {
        return List.of(orders(), lines(), customers(), regions(), events());
    }

    Path salaries() {
        return root.resolve("hr/salaries");
    }

    Path secret() {
        return root.resolve("outside/secret.csv");
    }
}
