package io.lakegate.dataset.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        if (datasetUris.isEmpty()) {
            return List.of();
        }
        Map<String, Dataset> byUri = byUri(datasetUris);
        return tables.listByDatasets(byUri.keySet()).stream()
                .filter(table -> table.status() != DatasetTable.Status.DELETED)
                .map(table -> queryable(byUri.get(table.datasetUri()), table))
                .sorted(Comparator.comparing(QueryableTable::schema).thenComparing(QueryableTable::name))
                .toList();
    }

    @Override
    public List<QueryableTable> findAll(Collection<String> tableUris) {
        if (tableUris.isEmpty()) {
            return List.of();
        }
        List<DatasetTable> found = tables.findAll(tableUris).stream()
                .filter(table -> table.status() != DatasetTable.Status.DELETED)
                .toList();
        Map<String, Dataset> byUri = byUri(found.stream().map(DatasetTable::datasetUri).distinct().toList());
        return found.stream()
                .filter(table -> byUri.containsKey(table.datasetUri()))
                .map(table -> queryable(byUri.get(table.datasetUri()), table))
                .toList();
    }

    private Map<String, Dataset> byUri(Collection<String> datasetUris) {
        Map<String, Dataset> byUri = new HashMap<>();
        datasets.findAll(datasetUris).forEach(dataset -> byUri.put(dataset.uri(), dataset));
        return byUri;
    }

    private static QueryableTable queryable(Dataset dataset, DatasetTable table) {
        return new QueryableTable(table.uri(), dataset.uri(), dataset.name(), dataset.environmentUri(),
                dataset.schemaName(), table.name(), table.description(), table.source(dataset.storageLocation()),
                table.columns().stream().map(column -> new QueryableTable.Column(column.name(), column.type(),
                        column.description(), column.partition())).toList());
    }
}
