package io.lakegate.collaboration;

import java.util.List;

import io.lakegate.collaboration.internal.NotificationRepository;
import io.lakegate.collaboration.internal.NotificationRecorded;
import io.lakegate.identity.Directory;
import io.lakegate.identity.TeamMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends notifications to the members of teams. */
@Service
public class Notifications {

    private final Directory directory;
    private final NotificationRepository repository;
    private final ApplicationEventPublisher events;

    Notifications(Directory directory, NotificationRepository repository, ApplicationEventPublisher events) {
        this.directory = directory;
        this.repository = repository;
        this.events = events;
    }

    /**
     * Records the notification for each member of the teams (a member of several teams gets it once). Call it
     * inside the transaction of the change it tells of: it is stored with that change, and mailed only after that
     * transaction commits.
     */
    @Transactional
    public void send(Notification notification) {
        List<TeamMember> recipients = directory.membersOf(notification.teams());
        if (recipients.isEmpty()) {
            return;
        }
        repository.insert(notification, recipients.stream().map(TeamMember::username).toList());
        events.publishEvent(new NotificationRecorded(notification, recipients));
    }
}
