package io.lakegate.query;

import java.sql.Array;
import java.sql.Blob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.duckdb.DuckDBStruct;

/** Reads a result's rows into the JSON-friendly values that {@link QueryResult} promises. */
final class ResultValues {

    private ResultValues() {
    }

    /** The first {@code maxRows} rows; one more is read to know whether there are more. */
    static QueryResult read(ResultSet result, int maxRows) throws SQLException {
        ResultSetMetaData metaData = result.getMetaData();
        List<ResultColumn> columns = columns(metaData);
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (!truncated && result.next()) {
            if (rows.size() == maxRows) {
                truncated = true;
            }
            else {
                rows.add(row(result, metaData));
            }
        }
        return new QueryResult(columns, rows, truncated);
    }

    /** The columns of a result, by name and the engine's type. */
    static List<ResultColumn> columns(ResultSetMetaData metaData) throws SQLException {
        List<ResultColumn> columns = new ArrayList<>();
        for (int column = 1; column <= metaData.getColumnCount(); column++) {
            columns.add(new ResultColumn(metaData.getColumnLabel(column), metaData.getColumnTypeName(column)));
        }
        return columns;
    }

    private static List<Object> row(ResultSet result, ResultSetMetaData metaData) throws SQLException {
        List<Object> row = new ArrayList<>(metaData.getColumnCount());
        for (int column = 1; column <= metaData.getColumnCount(); column++) {
            // java.sql.Timestamp goes through the JVM's time zone and shifts times in its daylight-saving gaps
            row.add(metaData.getColumnType(column) == Types.TIMESTAMP
                    ? json(result.getObject(column, LocalDateTime.class))
                    : json(result.getObject(column)));
        }
        return row;
    }

    /** {@code value} as JSON shows it; lists, structs and maps are converted element by element. */
    static Object json(Object value) throws SQLException {
        return switch (value) {
            case null -> null;
            case Number number -> number;
            case Boolean bool -> bool;
            case String string -> string;
            case LocalDate date -> DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            case LocalTime time -> DateTimeFormatter.ISO_LOCAL_TIME.format(time);
            case LocalDateTime dateTime -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
            // inside lists and structs DuckDB gives java.sql.Timestamp: right but for times in the JVM zone's DST gaps
            case Timestamp timestamp -> json(timestamp.toLocalDateTime());
            case OffsetDateTime instant -> instant.toInstant().toString();
            case UUID uuid -> uuid.toString();
            case Blob blob -> Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
            case Array array -> list((Object[]) array.getArray());
            case DuckDBStruct struct -> map(struct.getMap());
            case Map<?, ?> map -> map(map);
            default -> value.toString();
        };
    }

    private static List<Object> list(Object[] elements) throws SQLException {
        List<Object> list = new ArrayList<>(elements.length);
        for (Object element : elements) {
            list.add(json(element));
        }
        return list;
    }

    /** JSON object keys are strings, so keys of other types are written as text. */
    private static Map<String, Object> map(Map<?, ?> entries) throws SQLException {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            map.put(String.valueOf(json(entry.getKey())), json(entry.getValue()));
        }
        return map;
    }
}
