package io.lakegate.catalog.internal;

import java.time.Instant;

import io.lakegate.dataset.AssetType;

/** A term linked to a data asset; it counts in the catalog once the glossary's owner team approved it. */
record GlossaryLink(String uri, String termUri, String termName, String termPath, String glossaryUri,
        AssetType targetType, String targetUri, boolean approved, String linkedBy, Instant linkedAt,
        String approvedBy, Instant approvedAt) {
}
