package io.lakegate.dataset.internal.profiling;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The pass for one text or boolean column: its most frequent values with their counts and its distinct count.
 * Exactly, both come from one grouping by the column. Approximately, DuckDB's {@code approx_top_k} picks the
 * candidates, which are then counted exactly, and {@code approx_count_distinct} estimates the distinct count.
 */
final class TopValuesPass {

    private static final int TOP_VALUES = 10;

    private final String relation;
    private final Column column;

    TopValuesPass(String relation, Column column) {
        this.relation = relation;
        this.column = column;
    }

    ValueDistribution run(Connection connection, Precision precision) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(precision.approximate() ? approximateQuery() : exactQuery())) {
            long distinctCount = 0;
            List<ValueCount> topValues = new ArrayList<>();
            while (rows.next()) {
                distinctCount = rows.getLong("distinct_values");
                topValues.add(new ValueCount(rows.getString("text"), rows.getLong("n")));
            }
            return new ValueDistribution(distinctCount, precision.approximate(), List.of(), topValues,
                    precision.approximate());
        }
    }

    private String exactQuery() {
        return """
                with counts as (select %1$s as value, count(*) as n from %2$s where %1$s is not null group by %1$s)
                select value::varchar as text, n, (select count(*) from counts) as distinct_values
                from counts order by n desc, value limit %3$d"""
                .formatted(column.identifier(), relation, TOP_VALUES);
    }

    private String approximateQuery() {
        return """
                with estimate as (
                    select approx_count_distinct(%1$s) as distinct_values, approx_top_k(%1$s, %3$d) as candidates
                    from %2$s),
                counts as (
                    select %1$s as value, count(*) as n from %2$s
                    where %1$s in (select unnest(candidates) from estimate) group by %1$s)
                select value::varchar as text, n, (select distinct_values from estimate) as distinct_values
                from counts order by n desc, value"""
                .formatted(column.identifier(), relation, TOP_VALUES);
    }
}
