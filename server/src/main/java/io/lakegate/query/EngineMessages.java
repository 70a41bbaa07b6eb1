package io.lakegate.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Engine messages as users see them. Table locations are replaced with the tables' names, so that a message shows no
 * server path: {@code file "/srv/lakegate/data/sales/orders/year=2024/x.csv"} becomes
 * {@code file "sales.orders/year=2024/x.csv"}. The excerpt of SQL that DuckDB appends ({@code LINE 1: ...}) is left
 * out: it quotes the SQL as run, rewritten and wrapped, not as the user wrote it.
 */
final class EngineMessages {

    private static final String SQL_EXCERPT = "\n\nLINE ";

    private final List<SandboxTable> tables;

    EngineMessages(List<SandboxTable> tables) {
        this.tables = List.copyOf(tables);
    }

    String forUser(String message) {
        String redacted = message == null ? "" : message;
        int excerpt = redacted.indexOf(SQL_EXCERPT);
        if (excerpt >= 0) {
            redacted = redacted.substring(0, excerpt);
        }
        for (Map.Entry<String, String> spelling : spellings()) {
            redacted = redacted.replace(spelling.getKey(), spelling.getValue());
        }
        return redacted;
    }

    /**
     * Every way a message may spell a location (as given, with links resolved), paired with the table's
     * name; longest first, so that a nested location is replaced before its parent.
     */
    private List<Map.Entry<String, String>> spellings() {
        return tables.stream()
                .flatMap(table -> {
                    String location = TableViews.directory(table.source());
                    return Stream.of(location, realPath(location))
                            .distinct()
                            .map(spelling -> Map.entry(spelling, table.qualifiedName()));
                })
                .sorted(Comparator.comparingInt((Map.Entry<String, String> spelling) -> spelling.getKey().length())
                        .reversed())
                .toList();
    }

    private static String realPath(String location) {
        try {
            return Path.of(location).toRealPath().toString();
        }
        catch (IOException e) {
            return location;
        }
    }
}
