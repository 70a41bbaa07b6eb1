package io.lakegate.dataset.internal;

import java.time.Instant;
import java.util.List;

/** A folder of a dataset (guide 4.2.2): a named prefix for files that are not tables. */
record Folder(String uri, String datasetUri, String name, String prefix, String description, List<String> tags,
        String createdBy, Instant createdAt, Instant updatedAt) {
}
