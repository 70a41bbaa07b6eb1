package io.lakegate.dataset.internal.profiling;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Profiles a table with DuckDB in few passes over its data: one aggregate query for counts, ranges, moments,
 * medians and text lengths; one for the distinct counts and histograms of all columns that are not text or
 * boolean; then one grouping per text or boolean column for its most frequent values and distinct count.
 * See {@link ColumnProfile} for what is measured of which column.
 */
public final class TableProfiler {

    /**
     * @param connection a DuckDB connection on which {@code relation} can be read
     * @param relation   a table or view, quoted, e.g. {@code "schema"."table"}
     */
    public TableProfile profile(Connection connection, String relation, ProfilingProgress progress)
            throws SQLException {
        List<Column> columns = describe(connection, relation);
        List<Column> counted = columns.stream().filter(column -> !column.kind().categorical()).toList();
        List<Column> categorical = columns.stream().filter(column -> column.kind().categorical()).toList();
        Steps steps = new Steps(progress, 1 + (counted.isEmpty() ? 0 : 1) + categorical.size());

        SummaryPass summaryPass = new SummaryPass(relation, columns);
        TableSummary summary = Precision.exactUnlessOutOfMemory(precision -> summaryPass.run(connection, precision));
        steps.done("Summarized " + count(columns.size(), "column") + " of " + count(summary.rowCount(), "row"));

        Map<Column, ValueDistribution> distributions = new HashMap<>();
        if (!counted.isEmpty()) {
            DistinctPass distinctPass = new DistinctPass(relation, counted, histogramLayouts(counted, summary));
            distributions.putAll(
                    Precision.exactUnlessOutOfMemory(precision -> distinctPass.run(connection, precision)));
            steps.done("Counted the distinct values of " + count(counted.size(), "column"));
        }
        for (Column column : categorical) {
            TopValuesPass topValuesPass = new TopValuesPass(relation, column);
            distributions.put(column,
                    Precision.exactUnlessOutOfMemory(precision -> topValuesPass.run(connection, precision)));
            steps.done("Counted the values of column " + column.name());
        }

        List<ColumnProfile> profiles = new ArrayList<>();
        for (Column column : columns) {
            profiles.add(profile(column, summary, distributions.get(column)));
        }
        return new TableProfile(summary.rowCount(), columns.size(), profiles);
    }

    private static List<Column> describe(Connection connection, String relation) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("describe select * from " + relation)) {
            List<Column> columns = new ArrayList<>();
            while (rows.next()) {
                columns.add(new Column(rows.getString("column_name"), rows.getString("column_type")));
            }
            return columns;
        }
    }

    private static Map<Column, HistogramLayout> histogramLayouts(List<Column> columns, TableSummary summary) {
        Map<Column, HistogramLayout> layouts = new HashMap<>();
        for (Column column : columns) {
            ColumnSummary values = summary.of(column);
            if (column.kind().numeric() && values.numericMin() != null) {
                layouts.put(column, HistogramLayout.of(column.kind(), values.numericMin(), values.numericMax()));
            }
        }
        return layouts;
    }

    private static ColumnProfile profile(Column column, TableSummary table, ValueDistribution distribution) {
        ColumnSummary summary = table.of(column);
        double completeness = table.rowCount() == 0 ? 1 : (double) summary.nonNullCount() / table.rowCount();
        return new ColumnProfile(
                column.name(),
                column.type(),
                completeness,
                distribution.distinctCount(),
                distribution.distinctApproximate(),
                summary.min(),
                summary.max(),
                summary.mean(),
                summary.median(),
                summary.median() != null && table.precision().approximate(),
                summary.stddev(),
                summary.minLength(),
                summary.maxLength(),
                distribution.histogram(),
                distribution.topValues(),
                distribution.topValuesApproximate());
    }

    private static String count(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    /** Reports each completed pass as a share of all passes. */
    private static final class Steps {

        private final ProfilingProgress progress;
        private final int total;
        private int done;

        Steps(ProfilingProgress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        void done(String message) {
            done++;
            progress.step(message, done * 100 / total);
        }
    }
}
