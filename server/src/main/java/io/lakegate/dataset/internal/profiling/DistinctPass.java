package io.lakegate.dataset.internal.profiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second pass: one aggregate query for the distinct counts of the columns that are not categorical and the
 * histograms of the numeric ones, over the ranges the summary pass found.
 */
final class DistinctPass {

    private final String relation;
    private final List<Column> columns;
    private final Map<Column, HistogramLayout> layouts;

    /** @param layouts the histogram of each numeric column that has finite values */
    DistinctPass(String relation, List<Column> columns, Map<Column, HistogramLayout> layouts) {
        this.relation = relation;
        this.columns = List.copyOf(columns);
        this.layouts = Map.copyOf(layouts);
    }

    Map<Column, ValueDistribution> run(Connection connection, Precision precision) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query(precision))) {
            int parameter = 1;
            for (Column column : columns) {
                HistogramLayout layout = layouts.get(column);
                if (layout != null) {
                    statement.setDouble(parameter++, layout.min());
                    statement.setDouble(parameter++, layout.width());
                }
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Map<Column, ValueDistribution> distributions = new HashMap<>();
                for (int index = 0; index < columns.size(); index++) {
                    Column column = columns.get(index);
                    HistogramLayout layout = layouts.get(column);
                    List<HistogramBin> histogram = layout == null
                            ? List.of()
                            : layout.bins((Map<?, ?>) row.getObject(label(index, "histogram")));
                    distributions.put(column, new ValueDistribution(row.getLong(label(index, "distinct")),
                            precision.approximate(), histogram, List.of(), false));
                }
                return distributions;
            }
        }
    }

    private String query(Precision precision) {
        List<String> aggregates = new ArrayList<>();
        for (int index = 0; index < columns.size(); index++) {
            Column column = columns.get(index);
            aggregates.add((precision.approximate() ? "approx_count_distinct(%s) as %s" : "count(distinct %s) as %s")
                    .formatted(column.identifier(), label(index, "distinct")));
            HistogramLayout layout = layouts.get(column);
            if (layout != null) {
                aggregates.add("histogram(floor((%s - ?::double) / ?::double)::bigint) as %s"
                        .formatted(column.finiteNumber(), label(index, "histogram")));
            }
        }
        return "select " + String.join(", ", aggregates) + " from " + relation;
    }

    private static String label(int index, String measure) {
        return "c" + index + "_" + measure;
    }
}
