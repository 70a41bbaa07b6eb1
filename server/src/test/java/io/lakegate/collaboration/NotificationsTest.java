package io.lakegate.collaboration;

import static io.lakegate.test.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Problems;
import io.lakegate.test.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * In-app notifications: sent by other modules to the members of teams, read by each member through the API. This
 * server has no mail host, so nothing is mailed and nothing needs to be.
 */
class NotificationsTest extends ApiTest {

    private static final String NOTIFICATIONS = "/api/v1/notifications";

    @Autowired
    Notifications notifications;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutMailHostNoMailSenderIsNeeded() {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
    }

    @Test
    void everyMemberOfTheTeamsGetsTheNotificationOnceAndNobodyElse() {
        String requesters = team();
        String approvers = team();
        TestUser requester = user(requesters);
        TestUser inBoth = user(requesters, approvers);
        TestUser approver = user(approvers);
        TestUser outsider = user(team());

        notifications.send(new Notification("SHARE_APPROVED", Set.of(requesters, approvers), "Share approved",
                "Your request for sales was approved.", "share", "abcd1234"));

        for (TestUser member : List.of(requester, inBoth, approver)) {
            JsonNode inbox = member.api().get(NOTIFICATIONS).expect(200).json();
            assertThat(inbox.path("total").asLong()).as(member.username()).isEqualTo(1);
            JsonNode notification = inbox.path("items").get(0);
            assertThat(notification.path("uri").asString()).matches("[a-z0-9]{8}");
            assertThat(notification.path("kind").asString()).isEqualTo("SHARE_APPROVED");
            assertThat(notification.path("subject").asString()).isEqualTo("Share approved");
            assertThat(notification.path("message").asString()).isEqualTo("Your request for sales was approved.");
            assertThat(notification.path("targetType").asString()).isEqualTo("share");
            assertThat(notification.path("targetUri").asString()).isEqualTo("abcd1234");
            assertThat(Instant.parse(notification.path("createdAt").asString())).isBefore(Instant.now());
            assertThat(notification.path("read").asBoolean()).isFalse();
            assertThat(unreadCount(member.api())).isEqualTo(1);
        }
        assertThat(subjects(outsider.api().get(NOTIFICATIONS).expect(200).json())).isEmpty();
        assertThat(unreadCount(outsider.api())).isZero();
    }

    @Test
    void inboxListsNewestFirstInPagesAndOnlyUnreadOnesOnRequest() {
        String team = team();
        TestUser member = user(team);
        for (String subject : List.of("first", "second", "third")) {
            notifications.send(new Notification("SHARE_SUBMITTED", Set.of(team), subject, "a request", null, null));
        }

        JsonNode firstPage = member.api().get(NOTIFICATIONS + "?page=1&size=2").expect(200).json();
        assertThat(subjects(firstPage)).containsExactly("third", "second");
        assertThat(firstPage.path("total").asLong()).isEqualTo(3);
        assertThat(firstPage.path("items").get(0).path("targetType").isNull()).isTrue();
        JsonNode secondPage = member.api().get(NOTIFICATIONS + "?page=2&size=2").expect(200).json();
        assertThat(subjects(secondPage)).containsExactly("first");
        assertThat(secondPage.path("page").asInt()).isEqualTo(2);

        member.api().post(NOTIFICATIONS + "/" + uriOf(member.api(), "second") + "/read", null).expect(200);

        assertThat(subjects(member.api().get(NOTIFICATIONS + "?unread=true").expect(200).json()))
                .containsExactly("third", "first");
        assertThat(subjects(member.api().get(NOTIFICATIONS + "?unread=false").expect(200).json()))
                .containsExactly("third", "second", "first");
        JsonNode unreadPage = member.api().get(NOTIFICATIONS + "?unread=true&size=1&page=2").expect(200).json();
        assertThat(subjects(unreadPage)).containsExactly("first");
        assertThat(unreadPage.path("total").asLong()).isEqualTo(2);
        Problems.badRequest(member.api().get(NOTIFICATIONS + "?size=0"), "size");
        Problems.badRequest(member.api().get(NOTIFICATIONS + "?unread=maybe"), "unread");
    }

    @Test
    void membersMarkOneOrAllRead() {
        String team = team();
        TestUser member = user(team);
        TestUser teammate = user(team);
        notifications.send(new Notification("SHARE_SUBMITTED", Set.of(team), "submitted", "m", "share", "abcd1234"));
        notifications.send(new Notification("SHARE_REJECTED", Set.of(team), "rejected", "m", "share", "abcd1234"));
        notifications.send(new Notification("SHARE_REVOKED", Set.of(team), "revoked", "m", "share", "abcd1234"));
        String uri = uriOf(member.api(), "rejected");

        Response read = member.api().post(NOTIFICATIONS + "/" + uri + "/read", null).expect(200);
        assertThat(read.text("uri")).isEqualTo(uri);
        assertThat(read.json().path("read").asBoolean()).isTrue();
        assertThat(unreadCount(member.api())).isEqualTo(2);
        assertThat(member.api().post(NOTIFICATIONS + "/" + uri + "/read", null).expect(200).json().path("read")
                .asBoolean()).isTrue();
        assertThat(unreadCount(member.api())).isEqualTo(2);
        assertThat(unreadCount(teammate.api())).as("the teammate's copies").isEqualTo(3);

        member.api().post(NOTIFICATIONS + "/read-all", null).expect(204);

        assertThat(unreadCount(member.api())).isZero();
        assertThat(subjects(member.api().get(NOTIFICATIONS + "?unread=true").expect(200).json())).isEmpty();
        JsonNode all = member.api().get(NOTIFICATIONS).expect(200).json();
        assertThat(all.path("items")).hasSize(3).allSatisfy(item -> assertThat(item.path("read").asBoolean()).isTrue());
        assertThat(unreadCount(teammate.api())).isEqualTo(3);
        member.api().post(NOTIFICATIONS + "/read-all", null).expect(204);
    }

    @Test
    void anotherUsersNotificationIsAnsweredAsMissing() {
        String team = team();
        TestUser member = user(team);
        TestUser other = user(team());
        notifications.send(new Notification("SHARE_EXPIRING", Set.of(team), "expiring", "m", "share", "abcd1234"));
        String uri = uriOf(member.api(), "expiring");

        assertThat(other.api().post(NOTIFICATIONS + "/" + uri + "/read", null).problem(404))
                .isEqualTo("Notification '%s' does not exist", uri);
        assertThat(other.api().post(NOTIFICATIONS + "/nosuchno/read", null).problem(404))
                .isEqualTo("Notification 'nosuchno' does not exist");
        assertThat(unreadCount(member.api())).isEqualTo(1);
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        String team = team();
        TestUser member = user(team);
        notifications.send(new Notification("SHARE_SUBMITTED", Set.of(team), "submitted", "m", null, null));
        String uri = uriOf(member.api(), "submitted");

        anonymous().get(NOTIFICATIONS).problem(401);
        anonymous().get(NOTIFICATIONS + "/unread-count").problem(401);
        anonymous().post(NOTIFICATIONS + "/" + uri + "/read", null).problem(401);
        anonymous().post(NOTIFICATIONS + "/read-all", null).problem(401);
        assertThat(unreadCount(member.api())).isEqualTo(1);
    }

    @Test
    void consumptionPrincipalsHaveNoNotificationsAndAreRefused() {
        TestUser owner = user(team());
        String team = owner.teams().getFirst();
        String environment = environment(owner.api(), organization(owner.api(), team), team);
        String name = unique("cp");
        Caller principal = withToken(owner.api().post("/api/v1/environments/" + environment + "/consumption-principals",
                Map.of("name", name, "team", team)).expect(201).text("token"));
        notifications.send(new Notification("SHARE_SUBMITTED", Set.of(team), "submitted", "m", null, null));
        String uri = uriOf(owner.api(), "submitted");

        assertThat(principal.get(NOTIFICATIONS).problem(403)).isEqualTo(
                "Consumption principal: %s is not authorized to perform: LIST_NOTIFICATIONS on notifications", name);
        assertThat(principal.get(NOTIFICATIONS + "/unread-count").problem(403)).contains("COUNT_UNREAD_NOTIFICATIONS");
        assertThat(principal.post(NOTIFICATIONS + "/" + uri + "/read", null).problem(403))
                .contains("MARK_NOTIFICATION_READ");
        assertThat(principal.post(NOTIFICATIONS + "/read-all", null).problem(403))
                .contains("MARK_ALL_NOTIFICATIONS_READ");
        assertThat(unreadCount(owner.api())).isEqualTo(1);
    }

    @Test
    void markingReadIsAudited() {
        String team = team();
        TestUser member = user(team);
        notifications.send(new Notification("SHARE_APPROVED", Set.of(team), "approved", "m", "share", "abcd1234"));
        String uri = uriOf(member.api(), "approved");

        member.api().post(NOTIFICATIONS + "/" + uri + "/read", null).expect(200);
        member.api().post(NOTIFICATIONS + "/read-all", null).expect(204);

        JsonNode records = eventually("the audit records of " + member.username(),
                () -> admin().get("/api/v1/admin/audit?username=" + member.username() + "&target=notifications")
                        .expect(200).json(),
                page -> page.path("total").asLong() == 2);
        assertThat(records.path("items")).extracting(item -> item.path("action").asString())
                .containsExactly("notification.markAllRead", "notification.markRead");
        assertThat(records.path("items")).extracting(item -> item.path("outcome").asString())
                .containsOnly("SUCCESS");
        assertThat(records.path("items").get(1).path("path").asString())
                .isEqualTo(NOTIFICATIONS + "/" + uri + "/read");
    }

    @Test
    void notificationOfARolledBackChangeIsNotKept() {
        String team = team();
        TestUser member = user(team);

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            notifications.send(new Notification("SHARE_SUBMITTED", Set.of(team), "rolled back", "m", null, null));
            transaction.setRollbackOnly();
        });
        notifications.send(new Notification("SHARE_SUBMITTED", Set.of(team), "committed", "m", null, null));

        assertThat(subjects(member.api().get(NOTIFICATIONS).expect(200).json())).containsExactly("committed");
    }

    @Test
    void teamsWithoutMembersReceiveNothingAndNothingFails() {
        String empty = team();

        notifications.send(new Notification("SHARE_SUBMITTED", Set.of(empty), "nobody", "m", null, null));

        assertThat(admin().get(NOTIFICATIONS).expect(200).json().path("items"))
                .noneSatisfy(item -> assertThat(item.path("subject").asString()).isEqualTo("nobody"));
    }

    private static long unreadCount(Caller caller) {
        return caller.get(NOTIFICATIONS + "/unread-count").expect(200).json().path("count").asLong();
    }

    /** The URI of the caller's notification with that subject. */
    private static String uriOf(Caller caller, String subject) {
        return StreamSupport.stream(caller.get(NOTIFICATIONS + "?size=500").expect(200).json().path("items").spliterator(), false)
                .filter(item -> item.path("subject").asString().equals(subject))
                .map(item -> item.path("uri").asString())
                .findFirst().orElseThrow();
    }

    private static List<String> subjects(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> item.path("subject").asString()).toList();
    }
}
