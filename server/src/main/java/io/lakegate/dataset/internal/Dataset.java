package io.lakegate.dataset.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.lakegate.access.ProtectedDataset;
import io.lakegate.dataset.ShareExpiryRule;
import io.lakegate.platform.provisioning.StackStatus;

/**
 * A dataset: a storage location in an environment, a catalog schema, an owner team and optional stewards.
 *
 * @param imported    true when the location existed before the dataset and is never deleted by Lakegate
 * @param shareExpiry how long its shares may last; null when they do not expire
 */
record Dataset(String uri, String environmentUri, String organizationUri, String region, String name,
        String description, String ownerTeam, String stewardsTeam, Confidentiality confidentiality, List<String> topics,
        List<String> tags, boolean autoApproval, Path storageLocation, String schemaName, boolean imported,
        StackStatus stackStatus, String createdBy, Instant createdAt, Instant updatedAt, ShareExpiryRule shareExpiry) {

    ProtectedDataset protectedDataset() {
        return new ProtectedDataset(uri, ownerTeam, stewardsTeam);
    }

    String resource() {
        return "dataset " + uri;
    }
}
