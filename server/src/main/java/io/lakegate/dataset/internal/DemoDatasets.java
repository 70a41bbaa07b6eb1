package io.lakegate.dataset.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.lakegate.dataset.internal.DatasetApi.CreateDataset;
import io.lakegate.environment.EnvironmentSummary;
import io.lakegate.environment.Environments;
import io.lakegate.identity.Directory;
import io.lakegate.identity.Principal;
import io.lakegate.organization.Organizations;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.PageRequest;
import io.lakegate.query.DuckDbConnections;
import io.lakegate.storage.ObjectStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: DataScienceTeam's dataset {@code sales} in the "Data Science" environment, with the guide's
 * {@code supermarket_sales} CSV table, a Parquet table {@code daily_sales} partitioned by {@code year}, and a
 * folder {@code reports}; a crawl finds the tables before the application is ready.
 */
@Component
@Order(40)
class DemoDatasets implements ApplicationRunner {

    static final String NAME = "sales";
    private static final String[] BRANCHES = {"A", "B", "C"};
    private static final String[] CITIES = {"Yangon", "Mandalay", "Naypyitaw"};
    private static final String[] PRODUCT_LINES = {"Health and beauty", "Electronic accessories", "Home and lifestyle",
            "Sports and travel", "Food and beverages", "Fashion accessories"};
    private static final String[] PAYMENTS = {"Ewallet", "Cash", "Credit card"};

    private final LakegateProperties properties;
    private final Directory directory;
    private final Organizations organizations;
    private final Environments environments;
    private final DatasetService datasets;
    private final DatasetStorage storage;
    private final FolderService folders;
    private final CrawlService crawls;
    private final DuckDbConnections duckDb;

    DemoDatasets(LakegateProperties properties, Directory directory, Organizations organizations,
            Environments environments, DatasetService datasets, DatasetStorage storage, FolderService folders,
            CrawlService crawls, DuckDbConnections duckDb) {
        this.properties = properties;
        this.directory = directory;
        this.organizations = organizations;
        this.environments = environments;
        this.datasets = datasets;
        this.storage = storage;
        this.folders = folders;
        this.crawls = crawls;
        this.duckDb = duckDb;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!properties.demo().enabled()) {
            return;
        }
        Principal john = directory.principalOf("john");
        boolean present = datasets.list(john, NAME, new PageRequest(1, 100)).items().stream()
                .anyMatch(dataset -> dataset.name().equals(NAME));
        if (present) {
            return;
        }
        String organization = organizations.findByName("AnyCompany").orElseThrow().uri();
        EnvironmentSummary environment = environments.findByName(organization, "Data Science").orElseThrow();
        String uri = datasets.create(john, new CreateDataset(environment.uri(), NAME,
                "Sales of the supermarket chain: invoices and daily totals", "DataScienceTeam", null,
                Confidentiality.UNCLASSIFIED, List.of("Sales"), List.of("demo", "sales"), false, null, null, null)).uri();
        Dataset dataset = datasets.require(uri);
        ObjectStore store = storage.of(dataset);
        store.write("supermarket_sales/supermarket_sales.csv", bytes(supermarketSales(1000)));
        writeDailySales(dataset);
        store.write("reports/2019/q1-summary.md", bytes("# Q1 2019\n\nSales grew in every branch.\n"));
        store.write("reports/2019/q2-summary.md", bytes("# Q2 2019\n\nBranch C in Naypyitaw led the quarter.\n"));
        store.write("reports/readme.txt", bytes("Monthly sales reports, as sent to the board.\n"));
        folders.create(john, uri, new FolderService.CreateFolder("reports", "reports", "Sales reports as sent to the board",
                List.of("reports")));
        crawls.crawlNow(dataset, "", john.name());
    }

    /** Invoices with the columns of the guide's preview of {@code supermarket_sales}. */
    static String supermarketSales(int rows) {
        Random random = new Random(2019);
        StringBuilder csv = new StringBuilder("invoice id,branch,city,customer type,gender,product line,unit price,"
                + "quantity,tax 5%,total,date,time,payment,cogs,gross margin percentage,gross income,rating\n");
        for (int row = 0; row < rows; row++) {
            int branch = random.nextInt(3);
            double unitPrice = 10 + random.nextInt(9000) / 100.0;
            int quantity = 1 + random.nextInt(10);
            double cogs = Math.round(unitPrice * quantity * 100) / 100.0;
            double tax = Math.round(cogs * 5) / 100.0;
            LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(90));
            LocalTime time = LocalTime.of(10 + random.nextInt(11), random.nextInt(60));
            csv.append(String.format(Locale.ROOT, "%03d-%02d-%04d,%s,%s,%s,%s,%s,%.2f,%d,%.4f,%.4f,%d/%d/%d,%s,%s,%.2f,%s,%.4f,%.1f%n",
                    100 + random.nextInt(900), random.nextInt(100), random.nextInt(10000), BRANCHES[branch],
                    CITIES[branch], random.nextBoolean() ? "Member" : "Normal", random.nextBoolean() ? "Female" : "Male",
                    PRODUCT_LINES[random.nextInt(PRODUCT_LINES.length)], unitPrice, quantity, tax, cogs + tax,
                    date.getMonthValue(), date.getDayOfMonth(), date.getYear(), time, PAYMENTS[random.nextInt(3)], cogs,
                    "4.761904762", tax, 4 + random.nextInt(61) / 10.0));
        }
        return csv.toString();
    }

    /** Daily totals per branch over three years, as Parquet files in {@code year=} directories. */
    private void writeDailySales(Dataset dataset) throws SQLException {
        String target = dataset.storageLocation().resolve("daily_sales").toString();
        try (Connection connection = duckDb.open(List.of(dataset.storageLocation().toString()), List.of());
             Statement statement = connection.createStatement()) {
            statement.execute("""
                    copy (select day::date as day, year(day) as year, branch, round(1000 + 500 * sin(epoch(day) / 86400 / 7)
                                 + 100 * (hash(day, branch) %% 10), 2)::decimal(10,2) as total,
                                 (20 + hash(branch, day) %% 80)::integer as invoices
                          from range(date '2017-01-01', date '2020-01-01', interval 1 day) as days(day),
                               (values ('A'), ('B'), ('C')) as branches(branch))
                    to %s (format parquet, partition_by (year))""".formatted(DuckDbConnections.literal(target)));
        }
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
