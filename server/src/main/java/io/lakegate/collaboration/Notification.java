package io.lakegate.collaboration;

import java.util.Set;

/**
 * A message for every member of some teams, shown in the app and, when mail is configured, mailed to each.
 *
 * @param kind       what happened, for the UI to tell notifications apart, e.g. {@code SHARE_APPROVED}
 * @param subject    one line: line breaks become spaces, as it is also the mail's subject
 * @param targetType with {@code targetUri}, what the notification is about, e.g. {@code share}; both or neither.
 *                   A mail links to {@code <lakegate.public-url>/<targetType>/<targetUri>}.
 */
public record Notification(String kind, Set<String> teams, String subject, String message, String targetType,
        String targetUri) {

    public Notification {
        requireText("kind", kind);
        requireText("subject", subject);
        requireText("message", message);
        if (teams == null || teams.isEmpty()) {
            throw new IllegalArgumentException("A notification needs at least one team");
        }
        if ((targetType == null) != (targetUri == null)) {
            throw new IllegalArgumentException("A notification's targetType and targetUri come together");
        }
        teams = Set.copyOf(teams);
        subject = subject.strip().replaceAll("\\R+", " ");
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A notification's %s must not be blank".formatted(name));
        }
    }
}
