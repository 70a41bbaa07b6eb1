package io.lakegate.dataset.internal.crawl;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names tables after their directories. Directories whose names collide are named after their whole path
 * instead ({@code raw/sales} → {@code raw_sales}); a name that still collides is refused, except for a table
 * that got it from its own directory name.
 */
final class TableNames {

    /** The names by table directory path, and the directories that could not be named. */
    record Assignment(Map<String, String> names, List<CrawlFailure> failures) {
    }

    private TableNames() {
    }

    static Assignment assign(List<TableDirectory> tables) {
        Map<String, List<TableDirectory>> byDirectoryName = tables.stream()
                .collect(Collectors.groupingBy(table -> identifier(table.name()), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<String>> pathsByName = new LinkedHashMap<>();
        Set<String> namedAfterDirectory = new HashSet<>();
        byDirectoryName.forEach((name, sameName) -> sameName.forEach(table -> {
            boolean unique = sameName.size() == 1;
            pathsByName.computeIfAbsent(unique ? name : identifier(table.relativePath()), key -> new ArrayList<>())
                    .add(table.relativePath());
            if (unique) {
                namedAfterDirectory.add(table.relativePath());
            }
        }));

        Map<String, String> names = new LinkedHashMap<>();
        List<CrawlFailure> failures = new ArrayList<>();
        pathsByName.forEach((name, paths) -> {
            for (String path : paths) {
                if (paths.size() == 1 || namedAfterDirectory.contains(path)) {
                    names.put(path, name);
                }
                else {
                    String others = paths.stream().filter(other -> !other.equals(path)).collect(Collectors.joining(", "));
                    failures.add(new CrawlFailure(path, "table name %s is also the name of %s".formatted(name, others)));
                }
            }
        });
        return new Assignment(names, failures);
    }

    /** Lowercase ASCII letters, digits and underscores, not starting with a digit; accents are dropped. */
    static String identifier(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String name = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            return "table";
        }
        return Character.isDigit(name.charAt(0)) ? "t_" + name : name;
    }
}
