package io.lakegate.catalog.internal.index;

import java.time.Instant;
import java.util.List;

/** Catalog assets for tests: {@code Assets.table("t1", "orders").tags("retail").build()}. */
final class Assets {

    static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    private final String uri;
    private final AssetType type;
    private final String name;
    private String label;
    private String description;
    private List<String> tags = List.of();
    private List<String> topics = List.of();
    private String classification = "Unclassified";
    private String region = "eu-west-1";
    private String environmentName = "Data Science";
    private String organizationName = "AnyCompany";
    private String ownerTeam = "DataScienceTeam";
    private String datasetUri;
    private List<GlossaryTerm> terms = List.of();
    private List<ColumnText> columns = List.of();
    private long votes;
    private Instant updatedAt = CREATED;

    private Assets(String uri, AssetType type, String name) {
        this.uri = uri;
        this.type = type;
        this.name = name;
        this.datasetUri = uri;
    }

    static Assets dataset(String uri, String name) {
        return new Assets(uri, AssetType.DATASET, name);
    }

    static Assets table(String uri, String name) {
        return new Assets(uri, AssetType.TABLE, name);
    }

    static Assets folder(String uri, String name) {
        return new Assets(uri, AssetType.FOLDER, name);
    }

    static Assets of(String uri, AssetType type, String name) {
        return new Assets(uri, type, name);
    }

    Assets label(String value) {
        label = value;
        return this;
    }

    Assets description(String value) {
        description = value;
        return this;
    }

    Assets tags(String... values) {
        tags = List.of(values);
        return this;
    }

    Assets topics(String... values) {
        topics = List.of(values);
        return this;
    }

    Assets classification(String value) {
        classification = value;
        return this;
    }

    Assets region(String value) {
        region = value;
        return this;
    }

    Assets environment(String value) {
        environmentName = value;
        return this;
    }

    Assets organization(String value) {
        organizationName = value;
        return this;
    }

    Assets ownerTeam(String value) {
        ownerTeam = value;
        return this;
    }

    Assets inDataset(String value) {
        datasetUri = value;
        return this;
    }

    Assets terms(GlossaryTerm... values) {
        terms = List.of(values);
        return this;
    }

    Assets columns(ColumnText... values) {
        columns = List.of(values);
        return this;
    }

    Assets votes(long value) {
        votes = value;
        return this;
    }

    Assets updatedAt(Instant value) {
        updatedAt = value;
        return this;
    }

    CatalogAsset build() {
        return new CatalogAsset(uri, type, name, label, description, tags, topics, classification, region,
                "env-" + environmentName.toLowerCase().replace(' ', '-'), environmentName,
                "org-" + organizationName.toLowerCase(), organizationName, ownerTeam, datasetUri, terms, columns,
                votes, CREATED, updatedAt);
    }

    static GlossaryTerm term(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new GlossaryTerm("term-" + name.toLowerCase().replace(' ', '-'), name, path);
    }

    static ColumnText column(String name, String description) {
        return new ColumnText(name, description);
    }
}
