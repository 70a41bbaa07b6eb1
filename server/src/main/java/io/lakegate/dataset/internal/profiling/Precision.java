package io.lakegate.dataset.internal.profiling;

import java.sql.SQLException;

/**
 * Whether a pass computes distinct counts, medians and most frequent values exactly or estimates them. Exact is
 * the rule; DuckDB holds some exact state in memory (a median keeps every value), so a pass that runs out of
 * memory is run again with estimates that need little memory.
 */
enum Precision {
    EXACT, APPROXIMATE;

    @FunctionalInterface
    interface Pass<T> {
        T run(Precision precision) throws SQLException;
    }

    static <T> T exactUnlessOutOfMemory(Pass<T> pass) throws SQLException {
        try {
            return pass.run(EXACT);
        }
        catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("Out of Memory Error")) {
                throw e;
            }
            return pass.run(APPROXIMATE);
        }
    }

    boolean approximate() {
        return this == APPROXIMATE;
    }
}
