package io.lakegate.access;

import java.util.List;

/**
 * What a grant lets its holder see of a table: some of its columns (all when empty) and the rows for
 * which {@code rowExpression} holds (all when null).
 */
public record DataFilter(String name, List<String> columns, String rowExpression) {

    public DataFilter {
        columns = List.copyOf(columns);
    }
}
