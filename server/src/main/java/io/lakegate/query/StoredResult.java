package io.lakegate.query;

import java.nio.file.Path;
import java.util.List;

/**
 * A query's whole result, written to a Parquet file by {@link Sandbox#store}.
 *
 * @param columns the columns as the engine typed them (the file may store some types more simply)
 */
public record StoredResult(Path file, List<ResultColumn> columns, long rows) {

    public StoredResult {
        columns = List.copyOf(columns);
    }
}
