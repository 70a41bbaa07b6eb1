package io.lakegate.platform;

import java.sql.Array;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Enum sets and string lists stored as PostgreSQL {@code text[]} columns. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    public static <E extends Enum<E>> Set<E> enumSet(Array array, Class<E> type) throws SQLException {
        EnumSet<E> values = EnumSet.noneOf(type);
        for (String name : (String[]) array.getArray()) {
            values.add(Enum.valueOf(type, name));
        }
        return values;
    }

    public static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
