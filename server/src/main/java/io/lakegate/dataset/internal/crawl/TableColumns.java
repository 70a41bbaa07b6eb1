package io.lakegate.dataset.internal.crawl;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.lakegate.access.TableColumn;

/** A table's columns: data columns in the engine's order, then partition columns in directory order. */
final class TableColumns {

    private TableColumns() {
    }

    /**
     * @param outerKeys keys of {@code key=value} directories above the table directory; DuckDB's Hive
     *                  partitioning turns every such directory in a file's absolute path into a column,
     *                  so these are dropped
     */
    static List<TableColumn> arrange(List<DescribedColumn> described, List<String> partitionKeys, Set<String> outerKeys) {
        Stream<TableColumn> data = described.stream()
                .filter(column -> !partitionKeys.contains(column.name()) && !outerKeys.contains(column.name()))
                .map(column -> new TableColumn(column.name(), column.type(), false));
        Stream<TableColumn> partitions = partitionKeys.stream().map(key -> new TableColumn(key, typeOf(key, described), true));
        return Stream.concat(data, partitions).toList();
    }

    private static String typeOf(String key, List<DescribedColumn> described) {
        return described.stream().filter(column -> column.name().equals(key)).map(DescribedColumn::type).findFirst()
                .orElseThrow(() -> new IllegalStateException("The engine did not describe partition column " + key));
    }
}
