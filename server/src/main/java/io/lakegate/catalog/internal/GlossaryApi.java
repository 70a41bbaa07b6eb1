package io.lakegate.catalog.internal;

import java.time.Instant;
import java.util.List;

import io.lakegate.dataset.AssetType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the glossary API. */
final class GlossaryApi {

    private GlossaryApi() {
    }

    record CreateGlossary(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
            @NotBlank @Size(max = 64) String ownerTeam) {
    }

    /** A category or a term; under the glossary itself unless {@code parentUri} names a category. */
    record CreateNode(@NotBlank @Size(max = 100) String name, @Size(max = 2000) String description,
            @Size(max = 16) String parentUri) {
    }

    record UpdateNode(@Size(min = 1, max = 100) String name, @Size(max = 2000) String description) {
    }

    record LinkTerm(@NotBlank @Size(max = 16) String termUri, @NotNull AssetType targetType,
            @NotBlank @Size(max = 16) String targetUri) {
    }

    /** A node with its path from the glossary's name down and its children, as the tree shows it. */
    record NodeView(String uri, String glossaryUri, String parentUri, GlossaryNode.Kind kind, String name,
            String path, String description, String ownerTeam, String createdBy, Instant createdAt,
            Instant updatedAt, List<NodeView> children) {
    }
}
