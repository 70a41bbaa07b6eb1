package io.lakegate.dataset.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lakegate.dataset.QueryableTable;
import io.lakegate.dataset.QueryableTables;
import org.springframework.stereotype.Service;

@Service
class DatasetQueryables implements QueryableTables {

    private final DatasetRepository datasets;
    private final TableRepository tables;

    DatasetQueryables(DatasetRepository datasets, TableRepository tables) {
        this.datasets = datasets;
        this.tables = tables;
    }

    @Override
    public List<QueryableTable> ofDatasets(Collection<String> datasetUris) {
        Map<String, Dataset> byUri = new HashMap<>();
        datasets.findAll(datasetUris).forEach(dataset -> byUri.put(dataset.uri(), dataset));
        return byUri.values().stream()
                .sorted(Comparator.comparing(Dataset::schemaName))
                .flatMap(dataset -> tables.listByDataset(dataset.uri()).stream()
                        .filter(table -> table.status() != DatasetTable.Status.DELETED)
                        .map(table -> queryable(dataset, table)))
                .toList();
    }

    @Override
    public Optional<QueryableTable> find(String tableUri) {
        return tables.find(tableUri)
                .filter(table -> table.status() != DatasetTable.Status.DELETED)
                .flatMap(table -> datasets.find(table.datasetUri()).map(dataset -> queryable(dataset, table)));
    }

    private static QueryableTable queryable(Dataset dataset, DatasetTable table) {
        return new QueryableTable(table.uri(), dataset.uri(), dataset.name(), dataset.environmentUri(),
                dataset.schemaName(), table.name(), table.description(), table.source(dataset.storageLocation()),
                table.columns().stream().map(column -> new QueryableTable.Column(column.name(), column.type(),
                        column.description(), column.partition())).toList());
    }
}
