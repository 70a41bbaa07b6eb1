package io.lakegate.collaboration.internal;

import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Each user's notifications. Notifications go to the members of teams, so consumption principals, which belong to
 * none, have no inbox and are refused.
 */
@Service
class NotificationInbox {

    private static final String INBOX = "notifications";

    private final NotificationRepository notifications;
    private final Authorizer authorizer;

    NotificationInbox(NotificationRepository notifications, Authorizer authorizer) {
        this.notifications = notifications;
        this.authorizer = authorizer;
    }

    Page<ReceivedNotification> list(Principal principal, boolean unreadOnly, PageRequest page) {
        return notifications.inbox(recipient(principal, "LIST_NOTIFICATIONS"), unreadOnly, page);
    }

    UnreadCount unreadCount(Principal principal) {
        return new UnreadCount(notifications.unreadCount(recipient(principal, "COUNT_UNREAD_NOTIFICATIONS")));
    }

    /** Another user's notification is answered as missing, so that its existence is not revealed. */
    ReceivedNotification markRead(Principal principal, String uri) {
        return notifications.markRead(recipient(principal, "MARK_NOTIFICATION_READ"), uri)
                .orElseThrow(() -> ApiProblem.notFound("Notification", uri));
    }

    void markAllRead(Principal principal) {
        notifications.markAllRead(recipient(principal, "MARK_ALL_NOTIFICATIONS_READ"));
    }

    private String recipient(Principal principal, String action) {
        if (principal.kind() != Principal.Kind.USER) {
            throw authorizer.denied(principal, action, INBOX);
        }
        return principal.id();
    }

    record UnreadCount(long count) {
    }
}
