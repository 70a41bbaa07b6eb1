package io.lakegate.dataset;

import io.lakegate.access.ProtectedDataset;

/**
 * A dataset as share requests see it: where it lives, who approves requests for it, whether they must, and how
 * long shares may last ({@code shareExpiry} null when they do not expire).
 */
public record ShareableDataset(String uri, String name, String environmentUri, String organizationUri, String ownerTeam,
        String stewardsTeam, boolean autoApproval, ShareExpiryRule shareExpiry) {

    public ProtectedDataset protectedDataset() {
        return new ProtectedDataset(uri, ownerTeam, stewardsTeam);
    }
}
