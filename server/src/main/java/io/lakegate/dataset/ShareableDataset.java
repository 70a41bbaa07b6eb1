package io.lakegate.dataset;

import io.lakegate.access.ProtectedDataset;

/** A dataset as share requests see it: where it lives, who approves requests for it, and whether they must. */
public record ShareableDataset(String uri, String name, String environmentUri, String organizationUri, String ownerTeam,
        String stewardsTeam, boolean autoApproval) {

    public ProtectedDataset protectedDataset() {
        return new ProtectedDataset(uri, ownerTeam, stewardsTeam);
    }
}
