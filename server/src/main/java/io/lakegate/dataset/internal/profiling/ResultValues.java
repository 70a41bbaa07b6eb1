package io.lakegate.dataset.internal.profiling;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Nullable numbers from a result row. */
final class ResultValues {

    private ResultValues() {
    }

    static Double nullableDouble(ResultSet row, String label) throws SQLException {
        return row.getObject(label) instanceof Number number ? number.doubleValue() : null;
    }

    static Integer nullableInteger(ResultSet row, String label) throws SQLException {
        return row.getObject(label) instanceof Number number ? number.intValue() : null;
    }
}
