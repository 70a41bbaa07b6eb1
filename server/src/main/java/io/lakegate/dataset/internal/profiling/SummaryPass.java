package io.lakegate.dataset.internal.profiling;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.lakegate.dataset.internal.profiling.ResultValues.nullableDouble;
import static io.lakegate.dataset.internal.profiling.ResultValues.nullableInteger;

/**
 * The first pass: one aggregate query over all columns for the row count and each column's non-null count,
 * min and max, mean, median, standard deviation and text lengths.
 */
final class SummaryPass {

    private final String relation;
    private final List<Column> columns;

    SummaryPass(String relation, List<Column> columns) {
        this.relation = relation;
        this.columns = List.copyOf(columns);
    }

    TableSummary run(Connection connection, Precision precision) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query(precision))) {
            row.next();
            Map<Column, ColumnSummary> summaries = new HashMap<>();
            for (int index = 0; index < columns.size(); index++) {
                summaries.put(columns.get(index), read(row, index));
            }
            return new TableSummary(row.getLong("row_count"), summaries, precision);
        }
    }

    private String query(Precision precision) {
        List<String> aggregates = new ArrayList<>();
        aggregates.add("count(*) as row_count");
        for (int index = 0; index < columns.size(); index++) {
            Column column = columns.get(index);
            String value = column.identifier();
            aggregates.add("count(%s) as %s".formatted(value, label(index, "count")));
            if (column.kind().orderable()) {
                aggregates.add("min(%s)::varchar as %s".formatted(value, label(index, "min")));
                aggregates.add("max(%s)::varchar as %s".formatted(value, label(index, "max")));
            }
            if (column.kind().numeric()) {
                String number = column.finiteNumber();
                aggregates.add("avg(%s) as %s".formatted(number, label(index, "mean")));
                aggregates.add((precision.approximate() ? "approx_quantile(%s, 0.5) as %s" : "median(%s) as %s")
                        .formatted(number, label(index, "median")));
                aggregates.add("stddev_samp(%s) as %s".formatted(number, label(index, "stddev")));
                aggregates.add("min(%s) as %s".formatted(number, label(index, "numeric_min")));
                aggregates.add("max(%s) as %s".formatted(number, label(index, "numeric_max")));
            }
            if (column.kind() == ColumnKind.TEXT) {
                aggregates.add("min(length(%s::varchar)) as %s".formatted(value, label(index, "min_length")));
                aggregates.add("max(length(%s::varchar)) as %s".formatted(value, label(index, "max_length")));
            }
        }
        return "select " + String.join(", ", aggregates) + " from " + relation;
    }

    private ColumnSummary read(ResultSet row, int index) throws SQLException {
        ColumnKind kind = columns.get(index).kind();
        boolean orderable = kind.orderable();
        boolean numeric = kind.numeric();
        boolean text = kind == ColumnKind.TEXT;
        return new ColumnSummary(
                row.getLong(label(index, "count")),
                orderable ? row.getString(label(index, "min")) : null,
                orderable ? row.getString(label(index, "max")) : null,
                numeric ? nullableDouble(row, label(index, "mean")) : null,
                numeric ? nullableDouble(row, label(index, "median")) : null,
                numeric ? nullableDouble(row, label(index, "stddev")) : null,
                numeric ? nullableDouble(row, label(index, "numeric_min")) : null,
                numeric ? nullableDouble(row, label(index, "numeric_max")) : null,
                text ? nullableInteger(row, label(index, "min_length")) : null,
                text ? nullableInteger(row, label(index, "max_length")) : null);
    }

    private static String label(int index, String measure) {
        return "c" + index + "_" + measure;
    }
}
