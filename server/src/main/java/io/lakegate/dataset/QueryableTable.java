package io.lakegate.dataset;

import java.util.List;

import io.lakegate.access.TableSource;

/**
 * A table as queries see it: its dataset and environment, the name it has in a sandbox ({@code schema.name}, the
 * schema being its dataset's), where and how its files are read, and its columns as people describe them.
 */
public record QueryableTable(String uri, String datasetUri, String datasetName, String environmentUri, String schema,
        String name, String description, TableSource source, List<Column> columns) {

    public QueryableTable {
        columns = List.copyOf(columns);
    }

    public record Column(String name, String type, String description, boolean partition) {
    }
}
