package io.lakegate.catalog.internal.index;

import static io.lakegate.catalog.internal.index.Assets.column;
import static io.lakegate.catalog.internal.index.Assets.dataset;
import static io.lakegate.catalog.internal.index.Assets.folder;
import static io.lakegate.catalog.internal.index.Assets.table;
import static io.lakegate.catalog.internal.index.Assets.term;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed catalog of 205 assets: 25 written out for the relevance cases (retail, customers, glossary terms,
 * columns, labels), and 180 of routine data (20 datasets of 6 tables and 2 folders each) that share none of
 * the words those cases search for but fill every facet.
 */
final class RetailCorpus {

    static final GlossaryTerm NET_REVENUE = term("Finance/Revenue/Net revenue");
    static final GlossaryTerm GROSS_REVENUE = term("Finance/Revenue/Gross revenue");
    static final GlossaryTerm OPERATING_COST = term("Finance/Cost/Operating cost");
    static final GlossaryTerm CHURN = term("Customer/Churn");
    static final GlossaryTerm LIFETIME_VALUE = term("Customer/Lifetime value");
    static final GlossaryTerm INVENTORY = term("Retail/Inventory");
    static final GlossaryTerm SHIPMENT = term("Logistics/Shipment");
    static final GlossaryTerm STORE = term("Retail/Store");

    static final List<String> ROUTINE_DOMAINS = List.of("orders", "payments", "shipments", "warehouse", "employees",
            "campaigns", "clickstream", "sessions", "invoices", "suppliers", "products", "returns", "reviews",
            "tickets", "forecasts", "budgets", "transactions", "accounts", "leads", "devices");
    static final List<String> ROUTINE_TABLES = List.of("raw", "curated", "daily", "monthly", "archive", "staging");
    static final List<String> ROUTINE_TAGS = List.of("finance", "logistics", "hr", "operations", "marketing", "iot");
    static final List<String> ROUTINE_TOPICS = List.of("Finance", "Operations", "Marketing", "HR");
    static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "eu-central-1");
    static final List<String> CLASSIFICATIONS = List.of("Unclassified", "Official", "Secret");
    static final List<String> TEAMS = List.of("DataScienceTeam", "DataAnalysisTeam", "MarketingTeam", "FinanceTeam");

    private RetailCorpus() {
    }

    static List<CatalogAsset> assets() {
        List<CatalogAsset> assets = new ArrayList<>(written());
        assets.addAll(routine());
        return List.copyOf(assets);
    }

    private static List<CatalogAsset> written() {
        return List.of(
                dataset("ds-sales", "sales").label("Sales")
                        .description("All sales of the AnyCompany stores, one row per receipt line.")
                        .tags("retail").topics("Finance").terms(NET_REVENUE).classification("Official").votes(3)
                        .build(),
                table("tb-supermarket-sales", "supermarket_sales").inDataset("ds-sales")
                        .description("Historical sales of a supermarket chain in three cities over three months.")
                        .tags("retail").topics("Finance").terms(GROSS_REVENUE).votes(5)
                        .columns(column("invoice_id", "Receipt number"), column("branch", "Store branch: A, B or C"),
                                column("product_line", "Category of the product"), column("unit_price", "Price in USD"),
                                column("quantity", "Units sold"), column("rating", "Customer satisfaction, 1 to 10"))
                        .build(),
                table("tb-supermarket-inventory", "supermarket_inventory").inDataset("ds-sales")
                        .description("Stock levels per store and product at closing time.")
                        .tags("retail").terms(INVENTORY).votes(1)
                        .columns(column("store_id", ""), column("product_id", ""), column("on_hand", "Units in stock"))
                        .build(),
                table("tb-sales-daily", "sales_daily").inDataset("ds-sales")
                        .description("Receipts totalled per store and day.").build(),
                table("tb-daily-sales", "daily_sales").inDataset("ds-sales")
                        .description("Receipts per day, partitioned by year.").build(),
                table("tb-receipts-by-hour", "receipts_by_hour").inDataset("ds-sales")
                        .description("Receipts counted per hour.").tags("sales", "retail").region("eu-central-1")
                        .build(),
                folder("fd-sales-reports", "reports").inDataset("ds-sales")
                        .description("PDF prints of monthly sales reports.").build(),
                table("tb-sale", "sale").inDataset("ds-clearance")
                        .description("Markdown prices of the yearly clearance.").build(),
                folder("fd-salas", "salas").label("Salas").inDataset("ds-facilities")
                        .description("Floor plans of the meeting rooms of the Madrid office.").build(),
                dataset("ds-clearance", "clearance").description("Markdowns and their effect on stock.").build(),
                dataset("ds-facilities", "facilities").description("Buildings, rooms and their bookings.").build(),
                dataset("ds-customer-churn", "customer_churn").label("Customer churn")
                        .description("Telecom customers who left within the last month, with their services.")
                        .tags("telecom").topics("Marketing").terms(CHURN).votes(4).environment("Marketing")
                        .region("us-east-1").ownerTeam("MarketingTeam").build(),
                table("tb-customer-churn-predictions", "customer_churn_predictions").inDataset("ds-customer-churn")
                        .description("Monthly churn probability per customer from the retention model.")
                        .terms(CHURN).region("us-east-1").build(),
                table("tb-churn-model-features", "churn_model_features").inDataset("ds-customer-churn")
                        .description("Features of the retention model: tenure, contract, charges.")
                        .region("us-east-1").build(),
                table("tb-customer-ltv", "customer_ltv").inDataset("ds-customer-churn")
                        .description("Predicted twelve-month margin per customer.").terms(LIFETIME_VALUE).votes(2)
                        .columns(column("customer_id", ""), column("ltv_eur", "Margin in euros"))
                        .region("us-east-1").build(),
                dataset("ds-crm-accounts", "crm_accounts").description("Business customers and their contacts.")
                        .terms(LIFETIME_VALUE).region("us-east-1").build(),
                table("tb-members", "members").inDataset("ds-crm-accounts")
                        .description("One row per member of the card programme.")
                        .columns(column("member_id", ""), column("loyalty_points", "Points balance of the member"))
                        .region("us-east-1").build(),
                table("tb-revenue-by-month", "revenue_by_month").inDataset("ds-finance")
                        .description("Booked amounts per month and cost centre.").terms(NET_REVENUE).votes(1)
                        .region("us-east-1").ownerTeam("FinanceTeam").build(),
                table("tb-general-ledger", "general_ledger").inDataset("ds-finance")
                        .description("Every booking of the year.").terms(NET_REVENUE, OPERATING_COST)
                        .region("us-east-1").ownerTeam("FinanceTeam").build(),
                dataset("ds-finance", "finance_reporting").description("Monthly close figures.")
                        .topics("Finance").region("us-east-1").ownerTeam("FinanceTeam").build(),
                folder("fd-fresh-goods", "fresh_goods_photos").inDataset("ds-sales")
                        .description("Photos of perishable goods shelves, taken weekly by store managers.").build(),
                dataset("ds-johny", "ds_johny_2_yngfwzpb").label("Johny's experiments")
                        .description("Scratch data.").build(),
                dataset("ds-creme", "crème_brûlée_recipes").description("Recipes of the bakery.").build(),
                table("tb-html-fragments", "html_fragments").inDataset("ds-johny")
                        .description("Rows where <b>bold</b> & \"quoted\" text was scraped from shop pages.").build(),
                table("tb-supermarket-sales-2019", "supermarket_sales_2019").inDataset("ds-sales")
                        .description("The 2019 extract, kept for audits.").tags("archive").build());
    }

    private static List<CatalogAsset> routine() {
        List<CatalogAsset> assets = new ArrayList<>();
        int n = 0;
        for (String domain : ROUTINE_DOMAINS) {
            String datasetUri = "ds-" + domain;
            assets.add(routine(dataset(datasetUri, domain), n++, domain, "All " + domain + " data"));
            for (String kind : ROUTINE_TABLES) {
                assets.add(routine(table("tb-" + domain + "-" + kind, domain + "_" + kind).inDataset(datasetUri)
                        .columns(column("id", "Identifier"), column(domain + "_id", ""),
                                column("created_at", "When the row was written"), column("amount", ""),
                                column("status", "Workflow state")),
                        n++, domain, "The " + kind + " " + domain + " records"));
            }
            for (String folderName : List.of("exports", "docs")) {
                assets.add(routine(folder("fd-" + domain + "-" + folderName, domain + "_" + folderName)
                        .inDataset(datasetUri), n++, domain, "Files: " + folderName + " of " + domain));
            }
        }
        return assets;
    }

    private static CatalogAsset routine(Assets asset, int n, String domain, String description) {
        String team = TEAMS.get(n % TEAMS.size());
        asset.description(description + ", maintained by " + team + ".")
                .tags(ROUTINE_TAGS.get(n % ROUTINE_TAGS.size()))
                .topics(ROUTINE_TOPICS.get(n % ROUTINE_TOPICS.size()))
                .region(REGIONS.get(n % REGIONS.size()))
                .classification(CLASSIFICATIONS.get(n % CLASSIFICATIONS.size()))
                .ownerTeam(team)
                .updatedAt(Assets.CREATED.plus(Duration.ofHours(n)));
        if (domain.equals("shipments")) {
            asset.terms(SHIPMENT);
        }
        if (domain.equals("warehouse")) {
            asset.terms(STORE, OPERATING_COST);
        }
        return asset.build();
    }
}
