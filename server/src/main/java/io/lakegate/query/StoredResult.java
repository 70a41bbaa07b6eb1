package io.lakegate.query;

import java.nio.file.Path;
import java.util.List;

/**
 * A query's whole result, written to a Parquet file by {@link Sandbox#store}.
 *
 * @param columns   the columns as the engine typed them (the file may store some types more simply)
 * @param firstRows the first rows as read back from the file
 */
public record StoredResult(Path file, List<ResultColumn> columns, long rows, List<List<Object>> firstRows) {

    public StoredResult {
        columns = List.copyOf(columns);
        firstRows = List.copyOf(firstRows);
    }
}
