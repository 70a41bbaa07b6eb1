package io.lakegate.dataset.internal.profiling;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Empty tables, columns without values, non-finite numbers, ties, bin layouts, unusual types, too little memory. */
class TableProfilerEdgeCasesTest {

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void profilesAnEmptyTableAsMissingNoValue() throws SQLException {
        TableProfile profile =
                profile("create table t (n integer, d double, s varchar, b boolean, day date, l integer[])");

        assertThat(profile.rowCount()).isZero();
        assertThat(profile.columnCount()).isEqualTo(6);
        assertThat(profile.columns()).allSatisfy(column -> {
            assertThat(column.completeness()).isEqualTo(1.0);
            assertHasNoValues(column);
        });
    }

    @Test
    void profilesColumnsWithoutValues() throws SQLException {
        TableProfile profile = profile(
                "create table t (id integer, n integer, d double, s varchar, b boolean, day date, l integer[])",
                "insert into t (id) values (1), (2), (3)");

        assertThat(profile.rowCount()).isEqualTo(3);
        assertThat(profile.columns().subList(1, 7)).allSatisfy(column -> {
            assertThat(column.completeness()).isZero();
            assertHasNoValues(column);
        });
    }

    @Test
    void leavesNaNAndInfinityOutOfNumberStatisticsButNotOutOfTheRange() throws SQLException {
        ColumnProfile column = profile("create table t (d double)",
                "insert into t values (1), (2), (3), (4), ('NaN'), ('Infinity'), ('-Infinity'), (null)")
                .columns().getFirst();

        assertThat(column.completeness()).isEqualTo(7 / 8.0);
        assertThat(column.distinctCount()).isEqualTo(7);
        assertThat(column.min()).isEqualTo("-inf");
        assertThat(column.max()).isEqualTo("nan");
        assertThat(column.mean()).isEqualTo(2.5);
        assertThat(column.median()).isEqualTo(2.5);
        assertThat(column.stddev()).isCloseTo(Math.sqrt(5 / 3.0), within(1e-12));
        assertThat(column.histogram().getFirst().lower()).isEqualTo(1.0);
        assertThat(column.histogram().getLast().upper()).isEqualTo(4.0);
        assertThat(column.histogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(4);
    }

    @Test
    void keepsTheTenMostFrequentValuesWithTiesInValueOrder() throws SQLException {
        ColumnProfile column = profile("create table t (s varchar)", """
                insert into t select unnest(['m', 'm', 'm', 'm', 'z', 'z', 'z', 'b', 'b', 'b', 'a', 'a', 'a',
                    'k', 'j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', null, null, null, null, null])""")
                .columns().getFirst();

        assertThat(column.distinctCount()).isEqualTo(13);
        assertThat(column.topValues()).containsExactly(
                new ValueCount("m", 4), new ValueCount("a", 3), new ValueCount("b", 3), new ValueCount("z", 3),
                new ValueCount("c", 1), new ValueCount("d", 1), new ValueCount("e", 1), new ValueCount("f", 1),
                new ValueCount("g", 1), new ValueCount("h", 1));
    }

    @Test
    void binsFractionsInTenAndPutsTheMaximumInTheLastBin() throws SQLException {
        ColumnProfile column = profile("create table t (d decimal(4,1))",
                "insert into t values (0), (2.5), (5), (7.5), (10), (10)").columns().getFirst();

        assertThat(column.histogram()).containsExactly(
                new HistogramBin(0, 1, 1), new HistogramBin(1, 2, 0), new HistogramBin(2, 3, 1),
                new HistogramBin(3, 4, 0), new HistogramBin(4, 5, 0), new HistogramBin(5, 6, 1),
                new HistogramBin(6, 7, 0), new HistogramBin(7, 8, 1), new HistogramBin(8, 9, 0),
                new HistogramBin(9, 10, 2));
    }

    @Test
    void binsIntegersInWholeNumbers() throws SQLException {
        TableProfile profile = profile("create table t (wide integer, narrow bigint)",
                "insert into t select i, i % 3 from range(1, 51) as rows(i)");

        assertThat(profile.columns().get(0).histogram()).extracting(HistogramBin::lower, HistogramBin::upper)
                .containsExactly(bin(1, 6), bin(6, 11), bin(11, 16), bin(16, 21), bin(21, 26), bin(26, 31),
                        bin(31, 36), bin(36, 41), bin(41, 46), bin(46, 51));
        assertThat(profile.columns().get(0).histogram()).extracting(HistogramBin::count).containsOnly(5L);
        assertThat(profile.columns().get(1).histogram()).containsExactly(
                new HistogramBin(0, 1, 16), new HistogramBin(1, 2, 17), new HistogramBin(2, 3, 17));
    }

    @Test
    void givesASingleValueOneBin() throws SQLException {
        TableProfile profile =
                profile("create table t (d double, n integer)", "insert into t values (2.5, 7), (2.5, 7)");

        assertThat(profile.columns().get(0).histogram()).containsExactly(new HistogramBin(2.5, 2.5, 2));
        assertThat(profile.columns().get(1).histogram()).containsExactly(new HistogramBin(7, 8, 2));
    }

    @Test
    void profilesEveryKindOfDuckDbType() throws SQLException {
        TableProfile profile = profile("create type mood as enum ('sad', 'ok', 'happy')", """
                create table t as select * from (values
                    (1::hugeint, 2::utinyint, 1.5::float, 2.25::decimal(38,4), 'ok'::mood, '{"a": 1}'::json,
                     time '12:00:00', timestamptz '2024-01-01 10:00:00+00', interval 3 day,
                     '00000000-0000-0000-0000-000000000001'::uuid, '\\xAA'::blob,
                     map {'k': 1}, union_value(number := 2)::union(number integer, text varchar), [1, 2]::integer[2]),
                    (3::hugeint, 4::utinyint, 2.5::float, 4.25::decimal(38,4), 'sad'::mood, '[]'::json,
                     time '13:00:00', timestamptz '2024-01-02 10:00:00+00', interval 4 day,
                     '00000000-0000-0000-0000-000000000002'::uuid, '\\xBB'::blob,
                     map {'k': 2}, union_value(number := 3)::union(number integer, text varchar), [3, 4]::integer[2]))
                    as rows(huge, tiny, single, wide_decimal, mood, document, clock, zoned, span, id, bytes,
                            mapping, choice, pair)""");

        assertThat(profile.columns()).allSatisfy(column -> {
            assertThat(column.completeness()).isEqualTo(1.0);
            assertThat(column.distinctCount()).isEqualTo(2);
        });
        assertThat(profile.columns().subList(0, 4)).allSatisfy(number -> {
            assertThat(number.mean()).isNotNull();
            assertThat(number.histogram()).isNotEmpty();
        });
        assertThat(profile.columns().get(3).mean()).isEqualTo(3.25);
        assertThat(profile.columns().subList(4, 6)).allSatisfy(text -> {
            assertThat(text.minLength()).isNotNull();
            assertThat(text.topValues()).hasSize(2);
        });
        assertThat(profile.columns().get(4).min()).as("enum values in declared order").isEqualTo("sad");
        assertThat(profile.columns().subList(6, 11)).allSatisfy(ordered -> {
            assertThat(ordered.min()).isNotNull();
            assertThat(ordered.mean()).isNull();
            assertThat(ordered.minLength()).isNull();
        });
        assertThat(profile.columns().get(8).max()).isEqualTo("4 days");
        assertThat(profile.columns().subList(11, 14)).allSatisfy(nested -> assertThat(nested.min()).isNull());
    }

    @Test
    void estimatesWhatDoesNotFitInMemory() throws SQLException {
        // an exact median keeps every value, an exact distinct count or grouping every distinct value: 4 million
        // of them do not fit in 16 MB, their estimates do
        ColumnProfile[] columns = profile("set memory_limit = '16MB'", "set threads = 1",
                "create view t as select i as number, 'value ' || i as label from range(4000000) as rows(i)")
                .columns().toArray(ColumnProfile[]::new);
        ColumnProfile number = columns[0];
        ColumnProfile label = columns[1];

        assertThat(number.mean()).as("still exact").isEqualTo(1_999_999.5);
        assertThat(number.medianApproximate()).isTrue();
        assertThat(number.median()).isCloseTo(1_999_999.5, within(20_000.0));
        assertThat(number.distinctApproximate()).isTrue();
        assertThat(number.distinctCount()).isCloseTo(4_000_000, within(200_000L));
        assertThat(number.histogram()).extracting(HistogramBin::count).containsOnly(400_000L);
        assertThat(label.distinctApproximate()).isTrue();
        assertThat(label.distinctCount()).isCloseTo(4_000_000, within(200_000L));
        assertThat(label.topValuesApproximate()).isTrue();
        assertThat(label.topValues()).isNotEmpty().hasSizeLessThanOrEqualTo(10)
                .extracting(ValueCount::count).containsOnly(1L);
        assertThat(label.maxLength()).isEqualTo("value 3999999".length());
    }

    private TableProfile profile(String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return new TableProfiler().profile(connection, "\"t\"", (message, percent) -> {
        });
    }

    private static void assertHasNoValues(ColumnProfile column) {
        assertThat(column.distinctCount()).isZero();
        assertThat(column.min()).isNull();
        assertThat(column.max()).isNull();
        assertThat(column.mean()).isNull();
        assertThat(column.median()).isNull();
        assertThat(column.stddev()).isNull();
        assertThat(column.minLength()).isNull();
        assertThat(column.maxLength()).isNull();
        assertThat(column.histogram()).isEmpty();
        assertThat(column.topValues()).isEmpty();
    }

    private static Tuple bin(double lower, double upper) {
        return tuple(lower, upper);
    }
}
