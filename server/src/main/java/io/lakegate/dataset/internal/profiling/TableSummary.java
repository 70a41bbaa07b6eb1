package io.lakegate.dataset.internal.profiling;

import java.util.Map;

/** The summary pass's result: the row count and a summary of each column. */
record TableSummary(long rowCount, Map<Column, ColumnSummary> columns, Precision precision) {

    TableSummary {
        columns = Map.copyOf(columns);
    }

    ColumnSummary of(Column column) {
        return columns.get(column);
    }
}
