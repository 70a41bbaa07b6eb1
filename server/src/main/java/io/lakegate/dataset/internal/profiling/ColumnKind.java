package io.lakegate.dataset.internal.profiling;

/** What the profiler measures of a column, decided by its DuckDB type. */
enum ColumnKind {
    INTEGER, DECIMAL, FLOATING_POINT, TEXT, BOOLEAN,
    /** Dates, times, timestamps, intervals, UUIDs, blobs, bit strings: ordered, but no arithmetic. */
    ORDERED,
    /** Lists, arrays, structs, maps, unions, variants and types this profiler does not know. */
    OTHER;

    /** @param type a type as {@code DESCRIBE} prints it, e.g. {@code DECIMAL(18,2)}, {@code INTEGER[]} */
    static ColumnKind of(String type) {
        if (type.endsWith("]")) {
            return OTHER;  // lists (T[]) and arrays (T[n]) of any element type
        }
        int parameters = type.indexOf('(');
        return switch (parameters < 0 ? type : type.substring(0, parameters)) {
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
                 "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT", "BIGNUM" -> INTEGER;
            case "DECIMAL" -> DECIMAL;
            case "FLOAT", "DOUBLE" -> FLOATING_POINT;
            case "VARCHAR", "JSON", "ENUM" -> TEXT;
            case "BOOLEAN" -> BOOLEAN;
            case "DATE", "TIME", "TIME WITH TIME ZONE", "TIME_NS", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE",
                 "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS", "INTERVAL", "UUID", "BLOB", "BIT" -> ORDERED;
            default -> OTHER;
        };
    }

    boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == FLOATING_POINT;
    }

    boolean orderable() {
        return this != OTHER;
    }

    /** Columns whose most frequent values are profiled; their distinct count comes from the same grouping. */
    boolean categorical() {
        return this == TEXT || this == BOOLEAN;
    }
}
