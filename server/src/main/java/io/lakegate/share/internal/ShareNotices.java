package io.lakegate.share.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.lakegate.collaboration.Notification;
import io.lakegate.collaboration.Notifications;
import io.lakegate.dataset.ShareableDataset;
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

    void submitted(String by, Share share, ShareableDataset dataset) {
        tell("SHARE_SUBMITTED", "submitted", by, share, dataset, "");
    }

    void approved(String by, Share share, ShareableDataset dataset) {
        tell("SHARE_APPROVED", "approved", by, share, dataset, "");
    }

    void rejected(String by, Share share, ShareableDataset dataset, String rejectPurpose) {
        tell("SHARE_REJECTED", "rejected", by, share, dataset, rejectPurpose == null ? "" : " Reason: " + rejectPurpose);
    }

    void revoked(String by, Share share, ShareableDataset dataset, List<ShareItem> items) {
        tell("SHARE_REVOKED", "revoked", by, share, dataset, " Items revoked: " + String.join(", ",
                items.stream().map(item -> item.type().label().toLowerCase() + " " + item.itemName()).toList()) + ".");
    }

    void extensionRequested(String by, Share share, ShareableDataset dataset, int months) {
        tell("SHARE_EXTENSION_REQUESTED", "asked to extend by %d month%s".formatted(months, months == 1 ? "" : "s"), by,
                share, dataset, "");
    }

    void extensionApproved(String by, Share share, ShareableDataset dataset) {
        tell("SHARE_EXTENSION_APPROVED", "extended", by, share, dataset, "");
    }

    void extensionRejected(String by, Share share, ShareableDataset dataset) {
        tell("SHARE_EXTENSION_REJECTED", "refused to extend", by, share, dataset, "");
    }

    /** A week before access ends (guide: expiry warning). */
    void expiring(Share share, ShareableDataset dataset) {
        notifications.send(new Notification("SHARE_EXPIRING", parties(share, dataset),
                "Share request for dataset %s expires on %s".formatted(dataset.name(), day(share.expiresAt())),
                "The access of team %s to dataset %s ends on %s. Its requesters may ask for an extension."
                        .formatted(share.requesterTeam(), dataset.name(), day(share.expiresAt())),
                TARGET_TYPE, share.uri()));
    }

    void expired(Share share, ShareableDataset dataset, List<ShareItem> items) {
        notifications.send(new Notification("SHARE_EXPIRED", parties(share, dataset),
                "Share request for dataset %s expired".formatted(dataset.name()),
                "The access of team %s to dataset %s ended on %s; %d item%s revoked."
                        .formatted(share.requesterTeam(), dataset.name(), day(share.expiresAt()), items.size(),
                                items.size() == 1 ? " is" : "s are"),
                TARGET_TYPE, share.uri()));
    }

    private static String day(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atOffset(java.time.ZoneOffset.UTC));
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

    private void tell(String kind, String action, String by, Share share, ShareableDataset dataset, String more) {
        notifications.send(new Notification(kind, parties(share, dataset),
                "Share request for dataset %s %s".formatted(dataset.name(), action),
                "User %s %s share request for dataset %s, requested by team %s.%s"
                        .formatted(by, action, dataset.name(), share.requesterTeam(), more),
                TARGET_TYPE, share.uri()));
    }

    /** The requester team and the dataset's owner and stewards teams. */
    private static Set<String> parties(Share share, ShareableDataset dataset) {
        Set<String> teams = new LinkedHashSet<>(ShareAccess.approverTeams(dataset));
        teams.add(share.requesterTeam());
        return teams;
    }
}
