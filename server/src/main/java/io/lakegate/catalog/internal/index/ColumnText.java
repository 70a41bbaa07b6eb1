package io.lakegate.catalog.internal.index;

import java.util.Objects;

/** What the catalog knows of a table column: its name and description. */
public record ColumnText(String name, String description) {

    public ColumnText {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }
}
