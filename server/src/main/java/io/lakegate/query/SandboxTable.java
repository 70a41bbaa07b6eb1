package io.lakegate.query;

import java.util.Objects;

import io.lakegate.access.DataFilter;
import io.lakegate.access.TableSource;

/**
 * A table a sandbox shows as the view {@code schema.name}, reading {@code source} through {@code filter}.
 *
 * @param filter the columns and rows the reader may see; null for the whole table
 */
public record SandboxTable(String schema, String name, TableSource source, DataFilter filter) {

    public SandboxTable {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /** The name a query uses: {@code schema.name}. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
