package io.lakegate.query;

import static io.lakegate.query.DuckDbConnections.identifier;
import static io.lakegate.query.DuckDbConnections.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.lakegate.access.DataFilter;
import io.lakegate.access.TableColumn;
import io.lakegate.access.TableSource;

/**
 * The SQL that makes a table a sandbox view: the filter's columns, read from the table's data files, the filter's
 * rows.
 *
 * <p>Data files are found with one glob: below the location, one {@code key=value} directory per partition column,
 * then the files, e.g. {@code <location>/[!._]*=*}{@code /[!._]*=*}{@code /[!._]*} for two partition columns. Names
 * starting with {@code .} or {@code _} are left out at every level, since DuckDB's globs include them:
 * {@code _SUCCESS} markers, {@code .crc} checksums, hidden and temporary directories. DuckDB's {@code **} is not
 * used: it matches such directories too.
 */
final class TableViews {

    private static final String VISIBLE = "[!._]*";
    private static final Pattern GLOB_CHARACTERS = Pattern.compile("[*?\\[]");
    private static final List<String> CSV_OPTIONS = List.of("delimiter", "quote", "escape", "header");

    private TableViews() {
    }

    /**
     * @throws IllegalArgumentException if the table's location holds a glob character, or its data filter names a
     *                                  column the table does not have
     */
    static String createView(SandboxTable table) {
        DataFilter filter = table.filter();
        String columns = visibleColumns(table).stream()
                .map(column -> identifier(column.name()))
                .collect(Collectors.joining(", "));
        String rows = filter == null || filter.rowExpression() == null
                ? ""
                : " where " + ReadOnlyStatements.condition(filter.rowExpression());
        return "create view %s.%s as select %s from %s%s".formatted(identifier(table.schema()),
                identifier(table.name()), columns, reader(table.source()), rows);
    }

    /** The table's location without a trailing slash. */
    static String directory(TableSource source) {
        String location = source.location();
        return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }


    private static List<TableColumn> visibleColumns(SandboxTable table) {
        List<TableColumn> columns = table.source().columns();
        DataFilter filter = table.filter();
        if (filter == null || filter.columns().isEmpty()) {
            return columns;
        }
        Set<String> known = columns.stream().map(TableColumn::name).collect(Collectors.toSet());
        filter.columns().stream().filter(Predicate.not(known::contains)).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("its data filter '%s' names column '%s', which the table does not have"
                    .formatted(filter.name(), unknown));
        });
        return columns.stream().filter(column -> filter.columns().contains(column.name())).toList();
    }

    private static String reader(TableSource source) {
        List<String> arguments = new ArrayList<>();
        arguments.add(literal(files(source)));
        List<TableColumn> dataColumns = source.columns().stream().filter(column -> !column.partition()).toList();
        switch (source.format()) {
            case CSV -> {
                CSV_OPTIONS.stream().filter(source.options()::containsKey).forEach(option ->
                        arguments.add(option + " = " + literal(source.options().get(option))));
                // without it DuckDB sniffs every file for leading rows to skip, and may drop data rows
                arguments.add("skip = 0");
                arguments.add("columns = " + struct(dataColumns));
            }
            case JSON -> {
                arguments.add("format = " + literal(source.options().getOrDefault("format", "auto")));
                arguments.add("columns = " + struct(dataColumns));
            }
            case PARQUET -> {
            }
        }
        arguments.add("hive_partitioning = " + source.partitioned());
        if (source.partitioned()) {
            arguments.add("hive_types = " + struct(source.columns().stream().filter(TableColumn::partition).toList()));
        }
        String function = switch (source.format()) {
            case CSV -> "read_csv";
            case JSON -> "read_json";
            case PARQUET -> "read_parquet";
        };
        return function + "(" + String.join(", ", arguments) + ")";
    }

    /**
     * DuckDB matches a glob's text against the allowed directories before it expands it, so a location can only be
     * written as itself; escaping a glob character ({@code [*]}) would no longer match the allowed directory.
     */
    private static String files(TableSource source) {
        String location = directory(source);
        if (GLOB_CHARACTERS.matcher(location).find()) {
            throw new IllegalArgumentException("its location holds one of the characters * ? [, which the query"
                    + " engine reads as a pattern");
        }
        long partitionLevels = source.columns().stream().filter(TableColumn::partition).count();
        return location + ("/" + VISIBLE + "=*").repeat((int) partitionLevels) + "/" + VISIBLE;
    }

    /** Column names and types as a DuckDB struct of strings, e.g. {@code {'id': 'BIGINT'}}. */
    private static String struct(List<TableColumn> columns) {
        return columns.stream()
                .map(column -> literal(column.name()) + ": " + literal(column.type()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
