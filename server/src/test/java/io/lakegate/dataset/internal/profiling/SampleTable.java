package io.lakegate.dataset.internal.profiling;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A table of random rows with every kind of column, made in Java so that tests can compute the expected profile
 * from the same rows. Every column but {@code id} has nulls and duplicates. The numeric columns hold their
 * bounds, so that their histograms have round bin edges: amount from -100 to 100 in quarters, price from 0.00
 * to 1000.00, quantity from 1 to 20. Names are drawn so that the first ones are the most frequent. The column
 * {@code at} has a name that SQL reserves, so the profiler must quote it.
 */
record SampleTable(List<Row> rows) {

    static final String COLUMNS = """
            id integer, amount double, price decimal(10,2), quantity smallint, name varchar, day date,
            "at" timestamp, active boolean, tags integer[], point struct(x integer, y integer)""";

    private static final List<String> NAMES = List.of(
            "", "a", "b", "ab", "Zoë", "é", "日本語", "naïve café", "mixed Case", "😀 smile",
            "a rather longer name that goes on for a while");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    record Row(Integer id, Double amount, BigDecimal price, Integer quantity, String name, LocalDate day,
               LocalDateTime at, Boolean active, List<Integer> tags, List<Integer> point) {
    }

    SampleTable {
        rows = List.copyOf(rows);
    }

    static SampleTable random(int size, long seed) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean minimum = i == 1;
            boolean maximum = i == 2;
            rows.add(new Row(
                    i + 1,
                    i % 9 == 0 ? null : minimum ? -100.0 : maximum ? 100.0 : random.nextInt(-399, 400) / 4.0,
                    i % 11 == 0 ? null : BigDecimal.valueOf(minimum ? 0 : maximum ? 100_000 : random.nextInt(1, 100_000), 2),
                    i % 13 == 0 ? null : minimum ? 1 : maximum ? 20 : random.nextInt(1, 21),
                    i % 8 == 0 ? null : NAMES.get(Math.min(random.nextInt(NAMES.size()), random.nextInt(NAMES.size()))),
                    i % 10 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1000)),
                    i % 12 == 0 ? null : LocalDateTime.of(2021, 6, 1, 0, 0).plusSeconds(random.nextLong(100_000_000)),
                    i % 6 == 0 ? null : random.nextInt(10) < 6,
                    i % 5 == 0 ? null : random.ints(random.nextInt(4), 1, 5).boxed().toList(),
                    i % 4 == 0 ? null : List.of(random.nextInt(3), random.nextInt(2))));
        }
        return new SampleTable(rows);
    }

    void create(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table " + table + " (" + COLUMNS + ")");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + table
                + " values (?, ?, ?, ?, ?, ?::date, ?::timestamp, ?, ?::integer[], ?::struct(x integer, y integer))")) {
            for (Row row : rows) {
                insert.setObject(1, row.id());
                insert.setObject(2, row.amount());
                insert.setBigDecimal(3, row.price());
                insert.setObject(4, row.quantity());
                insert.setString(5, row.name());
                insert.setString(6, text(row.day(), LocalDate::toString));
                insert.setString(7, text(row.at(), TIMESTAMP::format));
                insert.setObject(8, row.active());
                insert.setString(9, text(row.tags(), List::toString));
                insert.setString(10, text(row.point(),
                        point -> "{'x': %d, 'y': %d}".formatted(point.get(0), point.get(1))));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    <T> List<T> column(Function<Row, T> value) {
        return rows.stream().map(value).toList();
    }

    static String timestampText(LocalDateTime timestamp) {
        return TIMESTAMP.format(timestamp);
    }

    private static <T> String text(T value, Function<T, String> format) {
        return value == null ? null : format.apply(value);
    }
}
