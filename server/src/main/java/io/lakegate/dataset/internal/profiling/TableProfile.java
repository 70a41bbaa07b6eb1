package io.lakegate.dataset.internal.profiling;

import java.util.List;

/** What a profiling run found in a table: its size and a profile of each column, in the table's column order. */
public record TableProfile(long rowCount, int columnCount, List<ColumnProfile> columns) {

    public TableProfile {
        columns = List.copyOf(columns);
    }
}
