package io.lakegate.share.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.lakegate.collaboration.Notification;
import io.lakegate.collaboration.Notifications;
import io.lakegate.dataset.ShareableDataset;
import io.lakegate.identity.Principal;
import org.springframework.stereotype.Component;

/**
 * Tells the dataset's owners and stewards and the requester team what happened to a share (guide 4.4.10), in the
 * app and, with mail configured, by e-mail: "User john approved share request for dataset sales". Sent inside the
 * transaction of the change, so a change that rolls back tells no one.
 */
@Component
class ShareNotices {

    static final String TARGET_TYPE = "share";

    private final Notifications notifications;

    ShareNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void submitted(Principal by, Share share, ShareableDataset dataset) {
        tell("SHARE_SUBMITTED", "submitted", by, share, dataset, "");
    }

    void approved(Principal by, Share share, ShareableDataset dataset) {
        tell("SHARE_APPROVED", "approved", by, share, dataset, "");
    }

    void rejected(Principal by, Share share, ShareableDataset dataset, String rejectPurpose) {
        tell("SHARE_REJECTED", "rejected", by, share, dataset, rejectPurpose == null ? "" : " Reason: " + rejectPurpose);
    }

    void revoked(Principal by, Share share, ShareableDataset dataset, List<ShareItem> items) {
        tell("SHARE_REVOKED", "revoked", by, share, dataset, " Items revoked: " + String.join(", ",
                items.stream().map(item -> item.type().label().toLowerCase() + " " + item.itemName()).toList()) + ".");
    }

    /** Only failures are worth a word once processing ends: successes show in the answer to the decision. */
    void processed(Share share, ShareableDataset dataset, List<ShareItem> items) {
        List<ShareItem> failed = items.stream().filter(item -> item.status() == ShareItemStatus.SHARE_FAILED
                || item.status() == ShareItemStatus.REVOKE_FAILED).toList();
        if (failed.isEmpty()) {
            return;
        }
        notifications.send(new Notification("SHARE_FAILED", parties(share, dataset),
                "Share request for dataset %s: %d item%s failed".formatted(dataset.name(), failed.size(), failed.size() == 1 ? "" : "s"),
                "Processing of the share request of %s for dataset %s failed for: %s. The share's logs tell why."
                        .formatted(share.requesterTeam(), dataset.name(), String.join(", ", failed.stream()
                                .map(item -> "%s %s (%s)".formatted(item.type().label().toLowerCase(), item.itemName(),
                                        item.failure())).toList())),
                TARGET_TYPE, share.uri()));
    }

    private void tell(String kind, String action, Principal by, Share share, ShareableDataset dataset, String more) {
        notifications.send(new Notification(kind, parties(share, dataset),
                "Share request for dataset %s %s".formatted(dataset.name(), action),
                "User %s %s share request for dataset %s, requested by team %s.%s"
                        .formatted(by.name(), action, dataset.name(), share.requesterTeam(), more),
                TARGET_TYPE, share.uri()));
    }

    /** The requester team and the dataset's owner and stewards teams. */
    private static Set<String> parties(Share share, ShareableDataset dataset) {
        Set<String> teams = new LinkedHashSet<>(ShareAccess.approverTeams(dataset));
        teams.add(share.requesterTeam());
        return teams;
    }
}
