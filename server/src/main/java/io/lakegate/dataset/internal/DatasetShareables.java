package io.lakegate.dataset.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.ShareableDataset;
import io.lakegate.dataset.ShareableDatasets;
import io.lakegate.dataset.ShareableItem;
import org.springframework.stereotype.Service;

@Service
class DatasetShareables implements ShareableDatasets {

    private final DatasetRepository datasets;
    private final TableRepository tables;
    private final FolderRepository folders;

    DatasetShareables(DatasetRepository datasets, TableRepository tables, FolderRepository folders) {
        this.datasets = datasets;
        this.tables = tables;
        this.folders = folders;
    }

    @Override
    public Optional<ShareableDataset> find(String datasetUri) {
        return datasets.find(datasetUri).map(DatasetShareables::shareable);
    }

    @Override
    public Optional<ShareableDataset> findByName(String environmentUri, String name) {
        return datasets.findByName(environmentUri, name).map(DatasetShareables::shareable);
    }

    @Override
    public Optional<ShareableItem> findItem(AssetType type, String uri) {
        return switch (type) {
            case DATASET -> datasets.find(uri).map(DatasetShareables::item);
            case TABLE -> tables.find(uri).map(DatasetShareables::item);
            case FOLDER -> folders.find(uri).map(DatasetShareables::item);
        };
    }

    @Override
    public List<String> managedBy(Collection<String> teams) {
        return datasets.urisManagedBy(teams);
    }

    @Override
    public List<ShareableItem> items(String datasetUri) {
        List<ShareableItem> items = new ArrayList<>();
        datasets.find(datasetUri).ifPresent(dataset -> {
            items.add(item(dataset));
            tables.listByDataset(datasetUri).forEach(table -> items.add(item(table)));
            folders.listByDataset(datasetUri).forEach(folder -> items.add(item(folder)));
        });
        return items;
    }

    private static ShareableDataset shareable(Dataset dataset) {
        return new ShareableDataset(dataset.uri(), dataset.name(), dataset.environmentUri(), dataset.organizationUri(),
                dataset.ownerTeam(), dataset.stewardsTeam(), dataset.autoApproval(), dataset.shareExpiry());
    }

    private static ShareableItem item(Dataset dataset) {
        return new ShareableItem(AssetType.DATASET, dataset.uri(), dataset.uri(), dataset.name(), null);
    }

    private static ShareableItem item(DatasetTable table) {
        return new ShareableItem(AssetType.TABLE, table.uri(), table.datasetUri(), table.name(), null);
    }

    private static ShareableItem item(Folder folder) {
        return new ShareableItem(AssetType.FOLDER, folder.uri(), folder.datasetUri(), folder.name(), folder.prefix());
    }
}
