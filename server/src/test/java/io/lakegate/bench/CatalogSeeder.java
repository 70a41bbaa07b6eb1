package io.lakegate.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.lakegate.catalog.internal.index.CatalogAsset;
import io.lakegate.catalog.internal.index.ColumnText;
import io.lakegate.catalog.internal.index.GlossaryTerm;
import io.lakegate.platform.db.EmbeddedPostgresServer;

/**
 * Writes the first {@code count} assets of {@link SyntheticCatalog} into Lakegate's schema, as Lakegate stores
 * them: organizations and environments, datasets, tables with their columns, folders, the glossaries with their
 * categories and terms, approved links from terms to assets, and votes. A table or folder takes its classification,
 * topics, place and teams from its dataset, as in Lakegate; its own name, description, tags and terms from the
 * synthetic asset. Names that the schema wants unique and the synthetic catalog repeats get a suffix ({@code _2}).
 */
final class CatalogSeeder {

    private static final String BY = "bench";
    private static final String TEAM = "admins";

    record Seeded(long datasets, long tables, long columns, long folders, long termLinks, long votes) {
    }

    private CatalogSeeder() {
    }

    static Seeded seed(EmbeddedPostgresServer database, int count) throws SQLException, IOException {
        places(database);
        glossaries(database);
        Seeded seeded = assets(database, count);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        }
        return seeded;
    }

    private static void places(EmbeddedPostgresServer database) throws SQLException, IOException {
        Map<String, String> organizations = new LinkedHashMap<>();
        try (CopyIn environments = new CopyIn(database, "environments", """
                uri, organization_uri, name, region, resource_prefix, admin_team, worksheets_enabled,
                dashboards_enabled, pipelines_enabled, notebooks_enabled, storage_root, stack_status, created_by""")) {
            for (SyntheticCatalog.Environment environment : SyntheticCatalog.ENVIRONMENTS) {
                environments.row(environment.uri(), environment.organizationUri(), environment.name(),
                        environment.region(), "bench", TEAM, false, false, false, false, "/lakegate-bench/" + environment.uri(),
                        "CREATE_COMPLETE", BY);
                organizations.put(environment.organizationUri(), environment.organizationName());
            }
        }
        try (CopyIn rows = new CopyIn(database, "organizations", "uri, name, admin_team, created_by")) {
            for (Map.Entry<String, String> organization : organizations.entrySet()) {
                rows.row(organization.getKey(), organization.getValue(), TEAM, BY);
            }
        }
    }

    /** The glossaries and categories named by the terms' paths ({@code Glossary/Category/Term}), and the terms. */
    private static void glossaries(EmbeddedPostgresServer database) throws SQLException, IOException {
        Map<String, String> nodeUris = new HashMap<>();
        try (CopyIn nodes = new CopyIn(database, "glossary_nodes",
                "uri, glossary_uri, parent_uri, kind, name, owner_team, created_by")) {
            for (GlossaryTerm term : SyntheticCatalog.TERMS) {
                String[] path = term.path().split("/");
                String glossary = path[0];
                String category = glossary + "/" + path[1];
                if (!nodeUris.containsKey(glossary)) {
                    nodeUris.put(glossary, "g" + nodeUris.size());
                    nodes.row(nodeUris.get(glossary), nodeUris.get(glossary), null, "GLOSSARY", glossary, TEAM, BY);
                }
                if (!nodeUris.containsKey(category)) {
                    nodeUris.put(category, "g" + nodeUris.size());
                    nodes.row(nodeUris.get(category), nodeUris.get(glossary), nodeUris.get(glossary), "CATEGORY",
                            path[1], null, BY);
                }
                nodes.row(term.uri(), nodeUris.get(glossary), nodeUris.get(category), "TERM", term.name(), null, BY);
            }
        }
    }

    private static Seeded assets(EmbeddedPostgresServer database, int count) throws SQLException, IOException {
        try (CopyIn datasets = new CopyIn(database, "datasets", """
                uri, environment_uri, organization_uri, region, name, description, owner_team, confidentiality, topics,
                tags, auto_approval, storage_location, schema_name, imported, stack_status, created_by, created_at,
                updated_at""");
             CopyIn tables = new CopyIn(database, "dataset_tables", """
                     uri, dataset_uri, name, location, description, tags, format, reader_options, status, object_count,
                     total_bytes, fingerprint, created_at, updated_at""");
             CopyIn columns = new CopyIn(database, "dataset_table_columns",
                     "table_uri, position, name, type, partition, description");
             CopyIn folders = new CopyIn(database, "dataset_folders",
                     "uri, dataset_uri, name, prefix, description, tags, created_by, created_at, updated_at");
             CopyIn links = new CopyIn(database, "glossary_links",
                     "uri, term_uri, target_type, target_uri, approved, linked_by, approved_by, approved_at");
             CopyIn votes = new CopyIn(database, "votes", "target_type, target_uri, username")) {
            Map<String, UniqueNames> datasetNames = new HashMap<>();
            String dataset = null;
            UniqueNames tableNames = null;
            UniqueNames folderNames = null;
            for (int i = 0; i < count; i++) {
                CatalogAsset asset = SyntheticCatalog.asset(i);
                // a dataset's tables and folders come right after it
                if (!asset.datasetUri().equals(dataset)) {
                    dataset = asset.datasetUri();
                    tableNames = new UniqueNames();
                    folderNames = new UniqueNames();
                }
                switch (asset.type()) {
                    case DATASET -> datasets.row(asset.uri(), asset.environmentUri(), asset.organizationUri(),
                            asset.region(), datasetNames.computeIfAbsent(asset.environmentUri(), uri -> new UniqueNames())
                                    .claim(asset.name()),
                            asset.description(), asset.ownerTeam(), asset.classification(), asset.topics(), asset.tags(),
                            false, "/lakegate-bench/datasets/" + asset.uri(), "bench_" + asset.uri(), false,
                            "CREATE_COMPLETE", BY, asset.createdAt(), asset.updatedAt());
                    case TABLE -> {
                        tables.row(asset.uri(), asset.datasetUri(), tableNames.claim(asset.name()), asset.uri(),
                                asset.description(), asset.tags(), "PARQUET", "{}", "IN_SYNC", 1, 0, "",
                                asset.createdAt(), asset.updatedAt());
                        UniqueNames columnNames = new UniqueNames();
                        List<ColumnText> assetColumns = asset.columns();
                        for (int position = 0; position < assetColumns.size(); position++) {
                            ColumnText column = assetColumns.get(position);
                            columns.row(asset.uri(), position, columnNames.claim(column.name()), "VARCHAR", false,
                                    column.description().isEmpty() ? null : column.description());
                        }
                    }
                    case FOLDER -> folders.row(asset.uri(), asset.datasetUri(), folderNames.claim(asset.name()),
                            asset.uri() + "/", asset.description(), asset.tags(), BY, asset.createdAt(), asset.updatedAt());
                }
                for (GlossaryTerm term : asset.terms()) {
                    links.row("l" + Long.toString(links.rows(), 36), term.uri(), asset.type().name(), asset.uri(), true,
                            BY, TEAM, asset.updatedAt());
                }
                for (long vote = 0; vote < asset.votes(); vote++) {
                    votes.row(asset.type().name(), asset.uri(), "voter" + vote);
                }
            }
            return new Seeded(datasets.rows(), tables.rows(), columns.rows(), folders.rows(), links.rows(), votes.rows());
        }
    }

    /** Names unique in one place, whatever their case: a name taken already gets {@code _2}, {@code _3}, … */
    private static final class UniqueNames {

        private final Set<String> taken = new HashSet<>();

        String claim(String name) {
            String unique = name;
            for (int suffix = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); suffix++) {
                unique = name + "_" + suffix;
            }
            return unique;
        }
    }
}
