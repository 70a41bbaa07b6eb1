package io.lakegate.share.internal;

import java.time.Instant;

import io.lakegate.dataset.AssetType;

/**
 * A table, a folder or the whole dataset in a share request, with its state, the data filter an approver attached
 * (tables only), why its last processing failed, and its health as the last verify found it.
 */
record ShareItem(String uri, String shareUri, AssetType type, String itemUri, String itemName, ShareItemStatus status,
        String filterUri, String failure, HealthStatus health, String healthMessage, Instant lastVerifiedAt,
        Instant createdAt, Instant updatedAt) {

    ShareItem withStatus(ShareItemStatus status) {
        return new ShareItem(uri, shareUri, type, itemUri, itemName, status, filterUri, failure, health, healthMessage,
                lastVerifiedAt, createdAt, updatedAt);
    }
}
