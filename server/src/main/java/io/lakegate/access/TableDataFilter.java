package io.lakegate.access;

import java.time.Instant;
import java.util.List;

/**
 * A data filter as its table's owners defined it: a name unique in the table (ignoring case), the columns it shows
 * (all when empty) and the predicate of the rows it shows (all when {@code rowExpression} is null).
 */
public record TableDataFilter(String uri, String datasetUri, String tableUri, String name, String description,
        List<String> columns, String rowExpression, String createdBy, Instant createdAt) {

    public TableDataFilter {
        columns = List.copyOf(columns);
    }

    /** What a read through this filter sees. */
    public DataFilter filter() {
        return new DataFilter(name, columns, rowExpression);
    }
}
