package io.lakegate.collaboration.internal;

import java.util.List;

import io.lakegate.collaboration.Notification;
import io.lakegate.identity.TeamMember;

/** A notification stored for its recipients, in the transaction that sent it. */
public record NotificationRecorded(Notification notification, List<TeamMember> recipients) {
}
