package io.lakegate.catalog.internal;

import java.time.Instant;

/**
 * A node of a glossary tree: the glossary itself at the root, categories that group, terms that name
 * (guide 4.3.2). {@code ownerTeam} is set on the glossary only; {@code parentUri} is null there.
 */
record GlossaryNode(String uri, String glossaryUri, String parentUri, Kind kind, String name, String description,
        String ownerTeam, String createdBy, Instant createdAt, Instant updatedAt) {

    enum Kind { GLOSSARY, CATEGORY, TERM }
}
