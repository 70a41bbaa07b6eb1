package io.lakegate.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The first rows of a query's result, with values as JSON represents them: numbers, booleans, strings (dates and
 * times in ISO-8601, blobs in base64, UUIDs, intervals), lists and maps.
 *
 * @param rows      rows in result order, each a list of values in column order; values may be null
 * @param truncated true when the query returned more rows than were asked for
 */
public record QueryResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }
}
