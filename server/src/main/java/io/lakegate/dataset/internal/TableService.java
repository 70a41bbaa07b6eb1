package io.lakegate.dataset.internal;

import java.util.List;
import java.util.Map;

import io.lakegate.access.AccessLevel;
import io.lakegate.access.DataAccess;
import io.lakegate.access.DataFilters;
import io.lakegate.access.ReadAccess;
import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.internal.TableApi.TableView;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.Tags;
import io.lakegate.query.DuckDbConnections;
import io.lakegate.query.QueryResult;
import io.lakegate.query.QuerySandboxes;
import io.lakegate.query.ResultColumn;
import io.lakegate.query.Sandbox;
import io.lakegate.query.SandboxTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The tables of datasets (guide 4.2.1): metadata for everyone, data through {@link DataAccess}. */
@Service
class TableService {

    private final DatasetService datasets;
    private final TableRepository tables;
    private final DatasetAssets assets;
    private final ProfileScopes profiles;
    private final DataFilters filters;
    private final DataAccess access;
    private final QuerySandboxes sandboxes;
    private final LakegateProperties.Datasets settings;

    TableService(DatasetService datasets, TableRepository tables, DatasetAssets assets, ProfileScopes profiles,
            DataFilters filters, DataAccess access, QuerySandboxes sandboxes, LakegateProperties properties) {
        this.datasets = datasets;
        this.tables = tables;
        this.assets = assets;
        this.profiles = profiles;
        this.filters = filters;
        this.access = access;
        this.sandboxes = sandboxes;
        this.settings = properties.datasets();
    }

    List<TableView> list(Principal principal, String datasetUri) {
        Dataset dataset = datasets.require(datasetUri);
        AccessLevel role = access.levelOn(principal, dataset.protectedDataset());
        return tables.listByDataset(datasetUri).stream().map(table -> view(dataset, table, role, null)).toList();
    }

    TableView get(Principal principal, String uri) {
        DatasetTable table = require(uri);
        Dataset dataset = datasets.require(table.datasetUri());
        AccessLevel role = access.levelOn(principal, dataset.protectedDataset());
        return view(dataset, table, role, profiles.latestProfile(principal, dataset, uri, role));
    }

    @Transactional
    TableView update(Principal principal, String uri, TableApi.UpdateTable request) {
        DatasetTable table = require(uri);
        Dataset dataset = datasets.requireOwner(principal, table.datasetUri(), "UPDATE_DATASET_TABLE");
        tables.updateMetadata(uri, request.description() == null ? table.description() : request.description(),
                request.tags() == null ? table.tags() : Tags.normalize(request.tags()));
        assets.changed(AssetType.TABLE, uri);
        return ownerView(principal, dataset, uri);
    }

    @Transactional
    TableView describeColumns(Principal principal, String uri, Map<String, String> descriptions) {
        DatasetTable table = require(uri);
        Dataset dataset = datasets.requireOwner(principal, table.datasetUri(), "UPDATE_DATASET_TABLE_COLUMNS");
        List<String> unknown = tables.describeColumns(uri, descriptions);
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid("descriptions", "Table %s has no column %s".formatted(table.name(),
                    String.join(", ", unknown)));
        }
        assets.changed(AssetType.TABLE, uri);
        return ownerView(principal, dataset, uri);
    }

    /** Removes the table from the catalog, with its data filters; its files stay in the dataset. */
    @Transactional
    void delete(Principal principal, String uri) {
        DatasetTable table = require(uri);
        datasets.requireOwner(principal, table.datasetUri(), "DELETE_DATASET_TABLE");
        datasets.requireNotShared(AssetType.TABLE, uri, table.name());
        filters.deleteOfTable(uri);
        tables.delete(uri);
        assets.removed(AssetType.TABLE, uri);
    }

    /**
     * The first rows of the table, read in a sandbox that holds this table only. Previews of datasets that are
     * not Unclassified are for their owners and stewards.
     */
    Preview preview(Principal principal, String uri, Integer limit) {
        int rows = limit == null ? settings.previewRows() : limit;
        if (rows < 1 || rows > settings.maxPreviewRows()) {
            throw ApiProblem.invalid("limit", "limit must be between 1 and " + settings.maxPreviewRows());
        }
        DatasetTable table = require(uri);
        Dataset dataset = datasets.require(table.datasetUri());
        ReadAccess read = access.requireTableRead(principal, dataset.protectedDataset(), uri, "PREVIEW_TABLE");
        if (dataset.confidentiality() != Confidentiality.UNCLASSIFIED && !read.level().manages()) {
            throw ApiProblem.forbidden("Previews of %s dataset %s are for its owners and stewards"
                    .formatted(dataset.confidentiality(), dataset.uri()));
        }
        requireInSync(table);
        SandboxTable source = new SandboxTable(dataset.schemaName(), table.name(),
                table.source(dataset.storageLocation()), read.filter().orElse(null));
        try (Sandbox sandbox = sandboxes.open(List.of(source))) {
            QueryResult result = sandbox.query("select * from %s.%s".formatted(
                    quote(dataset.schemaName()), quote(table.name())), rows);
            return new Preview(result.columns(), result.rows(), result.truncated());
        }
    }

    record Preview(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated) {
    }

    /**
     * Records the number of rows a profile of the whole table counted, where the crawl could not count them cheaply
     * and the files are still those the profile read.
     */
    void countRecords(DatasetTable profiled, long rows) {
        if (profiled.statistics().recordCount() == null && profiled.statistics().fingerprint() != null) {
            tables.countRecords(profiled.uri(), profiled.statistics().fingerprint(), rows);
        }
    }

    DatasetTable require(String uri) {
        return tables.find(uri).orElseThrow(() -> ApiProblem.notFound("Table", uri));
    }

    static void requireInSync(DatasetTable table) {
        if (table.status() == DatasetTable.Status.DELETED) {
            throw ApiProblem.conflict("Table %s is Deleted: its files are gone from the dataset".formatted(table.name()));
        }
    }

    private static String quote(String identifier) {
        return DuckDbConnections.identifier(identifier);
    }

    private TableView ownerView(Principal principal, Dataset dataset, String uri) {
        return view(dataset, require(uri), AccessLevel.OWNER,
                profiles.latestProfile(principal, dataset, uri, AccessLevel.OWNER));
    }

    private TableView view(Dataset dataset, DatasetTable table, AccessLevel role, JsonNode latestProfile) {
        boolean reader = role != AccessLevel.NONE;
        return new TableView(table.uri(), dataset.uri(), table.name(), dataset.schemaName(),
                dataset.schemaName() + "." + table.name(), table.location(),
                reader ? dataset.storageLocation().resolve(table.location()).toString() : null, table.description(),
                table.tags(), table.format(), table.columns(), table.statistics(), table.status(), table.needsCrawl(),
                table.createdAt(), table.updatedAt(), table.syncedAt(), latestProfile, role);
    }
}
