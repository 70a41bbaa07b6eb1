package io.lakegate.query;

import java.util.Locale;

/** A view's name as DuckDB matches it: case-insensitively, so both parts are kept in lower case. */
record TableName(String schema, String name) {

    static TableName of(String schema, String name) {
        return new TableName(schema.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
    }

    static TableName of(SandboxTable table) {
        return of(table.schema(), table.name());
    }
}
