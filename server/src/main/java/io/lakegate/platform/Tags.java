package io.lakegate.platform;

import java.util.LinkedHashSet;
import java.util.List;

/** Catalog tags as users type them: trimmed, without duplicates, in the order given. */
public final class Tags {

    private Tags() {
    }

    public static List<String> normalize(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(tags.stream().map(String::strip).toList()));
    }
}
