package io.lakegate.dataset.internal.profiling;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Every metric of every kind of column, against what Java computes from the same rows. */
class TableProfilerTest {

    private static final double PRECISION = 1e-9;

    private static final SampleTable SAMPLE = SampleTable.random(1_000, 20260101);
    private static final List<String> STEPS = new ArrayList<>();
    private static final List<Integer> PERCENTS = new ArrayList<>();

    private static Connection connection;
    private static TableProfile profile;

    @BeforeAll
    static void profileTheSample() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        SAMPLE.create(connection, "sample");
        profile = new TableProfiler().profile(connection, "\"sample\"", (message, percent) -> {
            STEPS.add(message);
            PERCENTS.add(percent);
        });
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void countsRowsAndColumnsAndKeepsTheColumnOrder() {
        assertThat(profile.rowCount()).isEqualTo(1_000);
        assertThat(profile.columnCount()).isEqualTo(10);
        assertThat(profile.columns()).extracting(ColumnProfile::name, ColumnProfile::type).containsExactly(
                tuple("id", "INTEGER"), tuple("amount", "DOUBLE"), tuple("price", "DECIMAL(10,2)"),
                tuple("quantity", "SMALLINT"), tuple("name", "VARCHAR"), tuple("day", "DATE"),
                tuple("at", "TIMESTAMP"), tuple("active", "BOOLEAN"), tuple("tags", "INTEGER[]"),
                tuple("point", "STRUCT(x INTEGER, y INTEGER)"));
    }

    @Test
    void profilesAnIntegerKey() {
        ColumnProfile id = column("id");
        List<Double> values = numbers(SAMPLE.column(SampleTable.Row::id));

        assertThat(id.completeness()).isEqualTo(1.0);
        assertThat(id.distinctCount()).isEqualTo(1_000);
        assertThat(id.min()).isEqualTo("1");
        assertThat(id.max()).isEqualTo("1000");
        assertNumberStatistics(id, values);
        assertThat(id.histogram()).extracting(HistogramBin::lower)
                .containsExactly(1.0, 101.0, 201.0, 301.0, 401.0, 501.0, 601.0, 701.0, 801.0, 901.0);
        assertThat(id.histogram()).extracting(HistogramBin::upper)
                .containsExactly(101.0, 201.0, 301.0, 401.0, 501.0, 601.0, 701.0, 801.0, 901.0, 1001.0);
        assertThat(id.histogram()).extracting(HistogramBin::count).containsOnly(100L);
        assertNoTextMeasures(id);
    }

    @Test
    void profilesDoublesWithNullsDuplicatesAndNegatives() {
        ColumnProfile amount = column("amount");
        List<Double> values = SAMPLE.column(SampleTable.Row::amount);

        assertThat(amount.completeness()).isEqualTo(Expected.completeness(values));
        assertThat(amount.distinctCount()).isEqualTo(Expected.distinctCount(values)).isLessThan(values.size());
        assertThat(amount.min()).isEqualTo("-100.0");
        assertThat(amount.max()).isEqualTo("100.0");
        assertNumberStatistics(amount, values);
        assertThat(amount.histogram()).extracting(HistogramBin::lower)
                .containsExactly(-100.0, -80.0, -60.0, -40.0, -20.0, 0.0, 20.0, 40.0, 60.0, 80.0);
        assertThat(amount.histogram().getLast().upper()).isEqualTo(100.0);
        assertThat(amount.histogram()).extracting(HistogramBin::count)
                .containsExactlyElementsOf(Expected.binCounts(values, amount.histogram(), true));
        assertNoTextMeasures(amount);
    }

    @Test
    void profilesDecimalsInDoublePrecision() {
        ColumnProfile price = column("price");
        List<Double> values = numbers(SAMPLE.column(SampleTable.Row::price));

        assertThat(price.completeness()).isEqualTo(Expected.completeness(values));
        assertThat(price.distinctCount()).isEqualTo(Expected.distinctCount(values));
        assertThat(price.min()).isEqualTo("0.00");
        assertThat(price.max()).isEqualTo("1000.00");
        assertNumberStatistics(price, values);
        assertThat(price.histogram()).extracting(HistogramBin::lower)
                .containsExactly(0.0, 100.0, 200.0, 300.0, 400.0, 500.0, 600.0, 700.0, 800.0, 900.0);
        assertThat(price.histogram()).extracting(HistogramBin::count)
                .containsExactlyElementsOf(Expected.binCounts(values, price.histogram(), true));
    }

    @Test
    void givesSmallIntegerRangesWholeNumberBins() {
        ColumnProfile quantity = column("quantity");
        List<Double> values = numbers(SAMPLE.column(SampleTable.Row::quantity));

        assertThat(quantity.distinctCount()).isEqualTo(20);
        assertThat(quantity.min()).isEqualTo("1");
        assertThat(quantity.max()).isEqualTo("20");
        assertNumberStatistics(quantity, values);
        assertThat(quantity.histogram()).extracting(HistogramBin::lower)
                .containsExactly(1.0, 3.0, 5.0, 7.0, 9.0, 11.0, 13.0, 15.0, 17.0, 19.0);
        assertThat(quantity.histogram().getLast().upper()).isEqualTo(21.0);
        assertThat(quantity.histogram()).extracting(HistogramBin::count)
                .containsExactlyElementsOf(Expected.binCounts(values, quantity.histogram(), false));
    }

    @Test
    void profilesTextOfVaryingLengthInCodePoints() {
        ColumnProfile name = column("name");
        List<String> values = SAMPLE.column(SampleTable.Row::name);

        assertThat(name.completeness()).isEqualTo(Expected.completeness(values));
        assertThat(name.distinctCount()).isEqualTo(Expected.distinctCount(values)).isEqualTo(11);
        assertThat(name.min()).isEqualTo(Expected.min(values, Expected.TEXT_ORDER, text -> text)).isEmpty();
        assertThat(name.max()).isEqualTo(Expected.max(values, Expected.TEXT_ORDER, text -> text))
                .isEqualTo("😀 smile");
        assertThat(name.minLength()).isEqualTo(Expected.minLength(values)).isZero();
        assertThat(name.maxLength()).isEqualTo(Expected.maxLength(values));
        assertThat(name.topValues())
                .containsExactlyElementsOf(Expected.topValues(values, Expected.TEXT_ORDER, text -> text))
                .hasSize(10);
        assertThat(name.topValuesApproximate()).isFalse();
        assertThat(name.distinctApproximate()).isFalse();
        assertThat(name.mean()).isNull();
        assertThat(name.median()).isNull();
        assertThat(name.stddev()).isNull();
        assertThat(name.histogram()).isEmpty();
    }

    @Test
    void profilesDatesAndTimestampsWithoutArithmetic() {
        ColumnProfile day = column("day");
        List<LocalDate> days = SAMPLE.column(SampleTable.Row::day);
        ColumnProfile at = column("at");
        List<LocalDateTime> times = SAMPLE.column(SampleTable.Row::at);

        assertThat(day.completeness()).isEqualTo(Expected.completeness(days));
        assertThat(day.distinctCount()).isEqualTo(Expected.distinctCount(days));
        assertThat(day.min()).isEqualTo(Expected.min(days, Comparator.naturalOrder(), LocalDate::toString));
        assertThat(day.max()).isEqualTo(Expected.max(days, Comparator.naturalOrder(), LocalDate::toString));
        assertThat(at.completeness()).isEqualTo(Expected.completeness(times));
        assertThat(at.distinctCount()).isEqualTo(Expected.distinctCount(times));
        assertThat(at.min()).isEqualTo(Expected.min(times, Comparator.naturalOrder(), SampleTable::timestampText));
        assertThat(at.max()).isEqualTo(Expected.max(times, Comparator.naturalOrder(), SampleTable::timestampText));
        for (ColumnProfile temporal : List.of(day, at)) {
            assertNoNumberMeasures(temporal);
            assertNoTextMeasures(temporal);
        }
    }

    @Test
    void profilesBooleansByTheirCounts() {
        ColumnProfile active = column("active");
        List<Boolean> values = SAMPLE.column(SampleTable.Row::active);

        assertThat(active.completeness()).isEqualTo(Expected.completeness(values));
        assertThat(active.distinctCount()).isEqualTo(2);
        assertThat(active.min()).isEqualTo("false");
        assertThat(active.max()).isEqualTo("true");
        assertThat(active.topValues())
                .containsExactlyElementsOf(Expected.topValues(values, Comparator.naturalOrder(), String::valueOf));
        assertNoNumberMeasures(active);
        assertThat(active.minLength()).isNull();
        assertThat(active.maxLength()).isNull();
    }

    @Test
    void profilesListsAndStructsByCompletenessAndDistinctCountOnly() {
        assertNestedColumn(column("tags"), SAMPLE.column(SampleTable.Row::tags));
        assertNestedColumn(column("point"), SAMPLE.column(SampleTable.Row::point));
    }

    @Test
    void reportsEachPassUpToOneHundredPercent() {
        assertThat(STEPS).containsExactly(
                "Summarized 10 columns of 1000 rows",
                "Counted the distinct values of 8 columns",
                "Counted the values of column name",
                "Counted the values of column active");
        assertThat(PERCENTS).containsExactly(25, 50, 75, 100);
    }

    private static void assertNumberStatistics(ColumnProfile column, List<Double> values) {
        assertThat(column.mean()).isCloseTo(Expected.mean(values), within(PRECISION));
        assertThat(column.median()).isCloseTo(Expected.median(values), within(PRECISION));
        assertThat(column.stddev()).isCloseTo(Expected.sampleStddev(values), within(PRECISION));
        assertThat(column.medianApproximate()).isFalse();
        assertThat(column.distinctApproximate()).isFalse();
        assertThat(column.histogram().stream().mapToLong(HistogramBin::count).sum())
                .isEqualTo(Expected.nonNull(values).size());
    }

    private static void assertNestedColumn(ColumnProfile column, List<List<Integer>> values) {
        assertThat(column.completeness()).isEqualTo(Expected.completeness(values));
        assertThat(column.distinctCount()).isEqualTo(Expected.distinctCount(values));
        assertThat(column.min()).isNull();
        assertThat(column.max()).isNull();
        assertNoNumberMeasures(column);
        assertNoTextMeasures(column);
    }

    private static void assertNoNumberMeasures(ColumnProfile column) {
        assertThat(column.mean()).isNull();
        assertThat(column.median()).isNull();
        assertThat(column.stddev()).isNull();
        assertThat(column.histogram()).isEmpty();
    }

    private static void assertNoTextMeasures(ColumnProfile column) {
        assertThat(column.minLength()).isNull();
        assertThat(column.maxLength()).isNull();
        assertThat(column.topValues()).isEmpty();
    }

    private static List<Double> numbers(List<? extends Number> values) {
        return values.stream().map(value -> value == null ? null : value.doubleValue()).toList();
    }

    private static ColumnProfile column(String name) {
        return profile.columns().stream().filter(column -> column.name().equals(name)).findFirst().orElseThrow();
    }
}
