package io.lakegate.collaboration.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import io.lakegate.collaboration.Notification;
import io.lakegate.identity.TeamMember;
import io.lakegate.platform.LakegateProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails each recorded notification to every recipient with an address, once its transaction has committed, so
 * that only changes that happened are told of. The mails leave on a background thread: the request that sent the
 * notification does not wait for the mail server, and a mail that fails is logged, not retried.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final JavaMailSender mailSender;
    private final Executor executor;
    private final String from;
    private final URI publicUrl;

    NotificationMailer(JavaMailSender mailSender,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor executor,
            LakegateProperties properties) {
        this.mailSender = mailSender;
        this.executor = executor;
        this.from = properties.mail().from();
        this.publicUrl = properties.publicUrl();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRecorded(NotificationRecorded recorded) {
        List<SimpleMailMessage> mails = recorded.recipients().stream()
                .filter(recipient -> recipient.email() != null && !recipient.email().isBlank())
                .map(recipient -> mail(recorded.notification(), recipient))
                .toList();
        if (!mails.isEmpty()) {
            executor.execute(() -> send(recorded.notification(), mails));
        }
    }

    private SimpleMailMessage mail(Notification notification, TeamMember recipient) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(recipient.email());
        mail.setSubject(notification.subject());
        mail.setText(body(notification));
        return mail;
    }

    private String body(Notification notification) {
        if (publicUrl == null || notification.targetType() == null) {
            return notification.message();
        }
        String base = publicUrl.toString().replaceAll("/+$", "");
        return notification.message() + "\n\n" + base + "/" + notification.targetType() + "/" + notification.targetUri();
    }

    /** One connection to the mail server for all the notification's mails. */
    private void send(Notification notification, List<SimpleMailMessage> mails) {
        try {
            mailSender.send(mails.toArray(SimpleMailMessage[]::new));
        }
        catch (MailException e) {
            Map<Object, Exception> failed = e instanceof MailSendException sendFailure
                    ? sendFailure.getFailedMessages() : Map.of();
            if (failed.isEmpty()) {
                log.warn("Could not mail the {} notification '{}'", notification.kind(), notification.subject(), e);
            }
            failed.forEach((mail, cause) -> log.warn("Could not mail the {} notification '{}' to {}: {}",
                    notification.kind(), notification.subject(), String.join(", ", ((SimpleMailMessage) mail).getTo()),
                    cause.toString()));
        }
    }
}
