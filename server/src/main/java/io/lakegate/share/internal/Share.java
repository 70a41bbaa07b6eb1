package io.lakegate.share.internal;

import java.time.Instant;

import io.lakegate.access.Grantee;

/**
 * A share request: {@code requesterTeam} in {@code environmentUri} asks for read access to parts of a dataset, for
 * the team itself or for one of its consumption principals ({@code principalUri}, else null).
 *
 * @param expiryMonths    how long the access should last, in months; null for no end
 * @param expiresAt       when the access ends, set on approval and extension; null for no end
 * @param extensionMonths the months of a pending extension request, else null
 */
record Share(String uri, String datasetUri, String environmentUri, String requesterTeam, String principalUri,
        ShareStatus status, String requestPurpose, String rejectPurpose, String createdBy, Instant createdAt,
        Instant updatedAt, Integer expiryMonths, Instant expiresAt, Integer extensionMonths) {

    /** What the share's grants are to. */
    Grantee grantee() {
        return principalUri == null ? Grantee.team(requesterTeam)
                : Grantee.consumptionPrincipal(principalUri);
    }

    String resource() {
        return "share " + uri;
    }
}
