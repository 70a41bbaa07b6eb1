package io.lakegate.access;

import java.util.List;
import java.util.Map;

/**
 * Where and how a table's files are read.
 *
 * @param location the directory holding the table's files (absolute path of the filesystem store)
 * @param options  reader options: for CSV {@code delimiter}, {@code quote}, {@code escape}, {@code header}
 *                 ("true"/"false"); for JSON {@code format} ("newline_delimited" or "array")
 * @param columns  data columns first, then partition columns, in the order the crawler found them
 */
public record TableSource(String location, TableFormat format, Map<String, String> options, List<TableColumn> columns) {

    public TableSource {
        options = Map.copyOf(options);
        columns = List.copyOf(columns);
    }

    public boolean partitioned() {
        return columns.stream().anyMatch(TableColumn::partition);
    }
}
