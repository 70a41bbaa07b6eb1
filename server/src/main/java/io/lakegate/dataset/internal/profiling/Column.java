package io.lakegate.dataset.internal.profiling;

import io.lakegate.query.DuckDbConnections;

/** A column of the profiled relation, as {@code DESCRIBE} reports it. */
record Column(String name, String type, ColumnKind kind) {

    Column(String name, String type) {
        this(name, type, ColumnKind.of(type));
    }

    String identifier() {
        return DuckDbConnections.identifier(name);
    }

    /** The column as a DOUBLE for numeric statistics; NULL for NaN and ±Infinity, which they leave out. */
    String finiteNumber() {
        return kind == ColumnKind.FLOATING_POINT
                ? "case when isfinite(%1$s) then %1$s::double end".formatted(identifier())
                : identifier() + "::double";
    }
}
