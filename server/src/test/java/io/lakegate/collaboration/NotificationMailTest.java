package io.lakegate.collaboration;

import static io.lakegate.test.Eventually.eventually;
import static io.lakegate.test.TestMailServer.body;
import static io.lakegate.test.TestMailServer.mailsWithSubject;
import static io.lakegate.test.TestMailServer.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lakegate.test.ApiTest;
import io.lakegate.test.TestMailServer;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notification mails through a real SMTP exchange with an in-process mail server (GreenMail). Runs its own server,
 * configured with that mail host, closed after this class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NotificationMailTest extends ApiTest {

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.register(registry);
    }

    @Test
    void approvalIsMailedOnceToEachMemberOfTheRequesterTeamWithAnAddress() throws Exception {
        String requesters = team();
        String approvers = team();
        TestUser requester = user(requesters);
        TestUser inBoth = user(requesters, approvers);
        TestUser approver = user(approvers);
        TestUser outsider = user(team());
        String withoutAddress = userWithoutAddress(requesters);
        String subject = unique("Share approved ");

        notifications.send(new Notification("SHARE_APPROVED", Set.of(requesters, approvers), subject,
                "Your request for the dataset Müller Sales was approved.", "share", "abcd1234"));

        List<MimeMessage> mails = eventually("three mails of " + subject, () -> mailsWithSubject(subject),
                received -> received.size() >= 3);
        assertThat(mails).extracting(TestMailServer::recipient).containsExactlyInAnyOrder(
                requester.username() + "@example.com", inBoth.username() + "@example.com",
                approver.username() + "@example.com");
        for (MimeMessage mail : mails) {
            assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("lakegate@example.com");
            assertThat(mail.getSubject()).isEqualTo(subject);
            assertThat(body(mail)).isEqualTo("""
                    Your request for the dataset Müller Sales was approved.

                    https://lakegate.example.com/share/abcd1234""");
        }
        assertThat(mails).extracting(TestMailServer::recipient)
                .doesNotContain(outsider.username() + "@example.com");
        assertThat(signIn(withoutAddress, PASSWORD).get("/api/v1/notifications/unread-count").expect(200)
                .json().path("count").asLong()).as("the in-app notification of the user without address").isEqualTo(1);
    }

    @Test
    void notificationWithoutTargetIsMailedWithoutLink() throws Exception {
        String team = team();
        TestUser member = user(team);
        String subject = unique("Share expiring ");

        notifications.send(new Notification("SHARE_EXPIRING", Set.of(team), subject, "Access ends in 3 days.", null, null));

        MimeMessage mail = eventually("the mail of " + subject, () -> mailsWithSubject(subject),
                received -> !received.isEmpty()).getFirst();
        assertThat(recipient(mail)).isEqualTo(member.username() + "@example.com");
        assertThat(body(mail)).isEqualTo("Access ends in 3 days.");
    }

    @Test
    void notificationOfARolledBackChangeIsNotMailed() {
        String team = team();
        user(team);
        String rolledBack = unique("Rolled back ");
        String committed = unique("Committed ");

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            notifications.send(new Notification("SHARE_SUBMITTED", Set.of(team), rolledBack, "m", null, null));
            transaction.setRollbackOnly();
        });
        notifications.send(new Notification("SHARE_SUBMITTED", Set.of(team), committed, "m", null, null));

        eventually("the mail of " + committed, () -> mailsWithSubject(committed), received -> !received.isEmpty());
        assertThat(mailsWithSubject(rolledBack)).isEmpty();
    }

    private String userWithoutAddress(String team) {
        String username = unique("user");
        admin().post("/api/v1/admin/users", Map.of("username", username, "displayName", "No Mail",
                "password", PASSWORD, "teams", Set.of(team))).expect(201);
        return username;
    }
}
