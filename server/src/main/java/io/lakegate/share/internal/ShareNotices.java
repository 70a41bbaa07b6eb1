package io.lakegate.share.internal;

import java.util.List;

import io.lakegate.dataset.ShareableDataset;
import io.lakegate.identity.Principal;
import org.springframework.stereotype.Component;

/** Tells approvers and requesters what happened to a share (guide 4.4.10). */
@Component
class ShareNotices {

    void submitted(Principal by, Share share, ShareableDataset dataset) {
    }

    void approved(Principal by, Share share, ShareableDataset dataset) {
    }

    void rejected(Principal by, Share share, ShareableDataset dataset) {
    }

    void revoked(Principal by, Share share, ShareableDataset dataset, List<ShareItem> items) {
    }

    void processed(Share share, List<ShareItem> items) {
    }
}
