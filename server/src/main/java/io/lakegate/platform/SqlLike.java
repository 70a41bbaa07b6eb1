package io.lakegate.platform;

/** Search terms for SQL {@code like}/{@code ilike ... escape '\'}: matched literally, so '%' and '_' are not wildcards. */
public final class SqlLike {

    private SqlLike() {
    }

    /** The pattern matching values that contain {@code term}, or null for no term (blank or absent). */
    public static String containing(String term) {
        if (term == null || term.isBlank()) {
            return null;
        }
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
