package io.lakegate.dataset.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.DataAsset;
import io.lakegate.dataset.DataAssetChanged;
import io.lakegate.dataset.DataAssets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Datasets, tables and folders as other modules see them, and the events that tell them of changes. Tables and
 * folders carry their dataset's classification, topics, place and teams; their own name, description and tags.
 */
@Service
class DatasetAssets implements DataAssets {

    private final DatasetRepository datasets;
    private final TableRepository tables;
    private final FolderRepository folders;
    private final ApplicationEventPublisher events;

    DatasetAssets(DatasetRepository datasets, TableRepository tables, FolderRepository folders,
            ApplicationEventPublisher events) {
        this.datasets = datasets;
        this.tables = tables;
        this.folders = folders;
        this.events = events;
    }

    @Override
    public Optional<DataAsset> find(AssetType type, String uri) {
        return switch (type) {
            case DATASET -> datasets.find(uri).map(DatasetAssets::asset);
            case TABLE -> tables.find(uri).flatMap(table -> datasets.find(table.datasetUri()).map(dataset -> asset(dataset, table)));
            case FOLDER -> folders.find(uri).flatMap(folder -> datasets.find(folder.datasetUri()).map(dataset -> asset(dataset, folder)));
        };
    }

    /** Reads a batch of datasets, tables or folders in one or two queries, and the datasets of a batch in one. */
    @Override
    public void forEachBatch(int size, Consumer<List<DataAsset>> action) {
        inPages(after -> datasets.page(after, size), Dataset::uri,
                page -> action.accept(page.stream().map(DatasetAssets::asset).toList()));
        Consumer<List<DataAsset>> unlessEmpty = batch -> {
            if (!batch.isEmpty()) {
                action.accept(batch);
            }
        };
        inPages(after -> tables.page(after, size), DatasetTable::uri,
                page -> unlessEmpty.accept(withDatasets(page, DatasetTable::datasetUri, DatasetAssets::asset)));
        inPages(after -> folders.page(after, size), Folder::uri,
                page -> unlessEmpty.accept(withDatasets(page, Folder::datasetUri, DatasetAssets::asset)));
    }

    /** Hands each non-empty page to {@code action}; {@code page} gives the items after a uri, by uri. */
    private static <T> void inPages(Function<String, List<T>> page, Function<T, String> uri, Consumer<List<T>> action) {
        List<T> items = page.apply("");
        while (!items.isEmpty()) {
            action.accept(items);
            items = page.apply(uri.apply(items.getLast()));
        }
    }

    /** The tables or folders as assets, each with what it inherits from its dataset; those of a dataset just deleted are left out. */
    private <T> List<DataAsset> withDatasets(List<T> items, Function<T, String> datasetUri,
            BiFunction<Dataset, T, DataAsset> asset) {
        Map<String, Dataset> byUri = new HashMap<>();
        datasets.findAll(items.stream().map(datasetUri).collect(Collectors.toSet()))
                .forEach(dataset -> byUri.put(dataset.uri(), dataset));
        return items.stream()
                .filter(item -> byUri.containsKey(datasetUri.apply(item)))
                .map(item -> asset.apply(byUri.get(datasetUri.apply(item)), item))
                .toList();
    }

    void changed(AssetType type, String uri) {
        events.publishEvent(DataAssetChanged.changed(type, uri));
    }

    void removed(AssetType type, String uri) {
        events.publishEvent(DataAssetChanged.removed(type, uri));
    }

    /** The dataset changed: so did what its tables and folders inherit from it. */
    void datasetChanged(String uri) {
        changed(AssetType.DATASET, uri);
        tables.listByDataset(uri).forEach(table -> changed(AssetType.TABLE, table.uri()));
        folders.listByDataset(uri).forEach(folder -> changed(AssetType.FOLDER, folder.uri()));
    }

    /** Called before the dataset is deleted, with its tables and folders. */
    void datasetRemoved(String uri) {
        tables.listByDataset(uri).forEach(table -> removed(AssetType.TABLE, table.uri()));
        folders.listByDataset(uri).forEach(folder -> removed(AssetType.FOLDER, folder.uri()));
        removed(AssetType.DATASET, uri);
    }

    private static DataAsset asset(Dataset dataset) {
        return new DataAsset(AssetType.DATASET, dataset.uri(), dataset.uri(), dataset.name(), dataset.description(),
                dataset.tags(), dataset.topics(), dataset.confidentiality().name(), dataset.region(),
                dataset.environmentUri(), dataset.organizationUri(), dataset.ownerTeam(), dataset.stewardsTeam(),
                List.of(), dataset.createdAt(), dataset.updatedAt());
    }

    private static DataAsset asset(Dataset dataset, DatasetTable table) {
        return new DataAsset(AssetType.TABLE, table.uri(), dataset.uri(), table.name(), table.description(), table.tags(),
                dataset.topics(), dataset.confidentiality().name(), dataset.region(), dataset.environmentUri(),
                dataset.organizationUri(), dataset.ownerTeam(), dataset.stewardsTeam(),
                table.columns().stream().map(column -> new DataAsset.Column(column.name(), column.type(),
                        column.description())).toList(),
                table.createdAt(), table.updatedAt());
    }

    private static DataAsset asset(Dataset dataset, Folder folder) {
        return new DataAsset(AssetType.FOLDER, folder.uri(), dataset.uri(), folder.name(), folder.description(),
                folder.tags(), dataset.topics(), dataset.confidentiality().name(), dataset.region(),
                dataset.environmentUri(), dataset.organizationUri(), dataset.ownerTeam(), dataset.stewardsTeam(),
                List.of(), folder.createdAt(), folder.updatedAt());
    }
}
