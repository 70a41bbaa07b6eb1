package io.lakegate.collaboration.internal;

import java.time.Instant;

/** A notification as its recipient sees it. */
record ReceivedNotification(String uri, String kind, String subject, String message, String targetType,
        String targetUri, Instant createdAt, boolean read) {
}
