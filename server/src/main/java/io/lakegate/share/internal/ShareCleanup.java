package io.lakegate.share.internal;

import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.DataAssetChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted dataset takes its share requests with it, a deleted table or folder its share items. The dataset
 * module refuses to delete what is granted, so only items that share nothing go here.
 */
@Component
class ShareCleanup {

    private final ShareRepository shares;

    ShareCleanup(ShareRepository shares) {
        this.shares = shares;
    }

    /** Runs inside the transaction that removes the asset. */
    @EventListener
    void onAssetChanged(DataAssetChanged change) {
        if (!change.removed()) {
            return;
        }
        if (change.type() == AssetType.DATASET) {
            shares.deleteAllOfDataset(change.uri());
        }
        else {
            shares.deleteItemsOn(change.uri());
        }
    }
}
