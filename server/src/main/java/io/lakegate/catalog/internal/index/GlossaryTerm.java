package io.lakegate.catalog.internal.index;

import java.util.Objects;

/**
 * An approved glossary term linked to an asset. {@code path} names the term from its glossary down, e.g.
 * {@code Finance/Revenue/Net revenue}; it is the term's value in the {@code terms} facet and filter.
 */
public record GlossaryTerm(String uri, String name, String path) {

    public GlossaryTerm {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
