package io.lakegate.collaboration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.lakegate.collaboration.Notification;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import io.lakegate.platform.ShortUris;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each recipient's copy of the notifications sent to them. */
@Repository
public class NotificationRepository {

    private static final String COLUMNS = "uri, kind, subject, message, target_type, target_uri, created_at, "
            + "read_at is not null as read";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a copy of the notification for each recipient, in one statement. */
    public void insert(Notification notification, List<String> recipients) {
        String[] uris = recipients.stream().map(recipient -> ShortUris.next()).toArray(String[]::new);
        jdbc.sql("""
                insert into notifications (uri, recipient, kind, subject, message, target_type, target_uri)
                select copy.uri, copy.recipient, ?, ?, ?, ?, ?
                from unnest(cast(? as text[]), cast(? as text[])) as copy (uri, recipient)""")
                .params(notification.kind(), notification.subject(), notification.message(),
                        notification.targetType(), notification.targetUri(), uris, recipients.toArray(String[]::new))
                .update();
    }

    /** The recipient's notifications, newest first; only the unread ones if {@code unreadOnly}. */
    Page<ReceivedNotification> inbox(String recipient, boolean unreadOnly, PageRequest page) {
        return PagedQuery.page(jdbc, COLUMNS,
                "from notifications where recipient = ?" + (unreadOnly ? " and read_at is null" : ""),
                "created_at desc, uri", List.of(recipient), page, NotificationRepository::notification);
    }

    long unreadCount(String recipient) {
        return jdbc.sql("select count(*) from notifications where recipient = ? and read_at is null")
                .param(recipient).query(Long.class).single();
    }

    /** Marks the recipient's notification read, unless it is already; empty if they have no such notification. */
    Optional<ReceivedNotification> markRead(String recipient, String uri) {
        return jdbc.sql("update notifications set read_at = coalesce(read_at, now()) where uri = ? and recipient = ? "
                        + "returning " + COLUMNS)
                .params(uri, recipient).query(NotificationRepository::notification).optional();
    }

    void markAllRead(String recipient) {
        jdbc.sql("update notifications set read_at = now() where recipient = ? and read_at is null")
                .param(recipient).update();
    }

    private static ReceivedNotification notification(ResultSet rs, int row) throws SQLException {
        return new ReceivedNotification(rs.getString("uri"), rs.getString("kind"), rs.getString("subject"),
                rs.getString("message"), rs.getString("target_type"), rs.getString("target_uri"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"));
    }
}
