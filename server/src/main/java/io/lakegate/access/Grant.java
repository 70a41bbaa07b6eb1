package io.lakegate.access;

import java.time.Instant;

/**
 * Read access to part of a dataset, for a grantee, from a source (a share item), through a data filter on a
 * table target ({@code filterUri} null for none).
 */
public record Grant(String uri, String datasetUri, GrantTarget target, Grantee grantee, String filterUri, String source,
        String grantedBy, Instant grantedAt) {
}
