package io.lakegate.dataset.internal.crawl;

import java.util.List;
import java.util.Map;

/**
 * What a format's reader learned of a table's files.
 *
 * @param options     the reader options a query needs to read the files the same way
 * @param columns     as the engine describes them, partition columns included in its order
 * @param recordCount null when counting would mean reading all the data
 */
record InferredSchema(Map<String, String> options, List<DescribedColumn> columns, Long recordCount) {

    InferredSchema {
        options = Map.copyOf(options);
        columns = List.copyOf(columns);
    }
}
