package io.lakegate.share;

import static io.lakegate.test.TestMailServer.body;
import static io.lakegate.test.TestMailServer.mailsWithSubject;
import static io.lakegate.test.TestMailServer.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.lakegate.test.Eventually;
import io.lakegate.test.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The approval of a share is mailed, in a real SMTP exchange, to the requester team's members. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShareMailTest extends ShareTestSupport {

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMailServer.register(registry);
    }

    @Test
    void theApprovalReachesEachRequesterByMailAndInTheApp() throws Exception {
        SharedData data = sharedData();
        Consumer consumer = consumer();
        TestUser colleague = user(consumer.team());
        String uri = open(consumer, data, null, List.of(tableItem(data))).path("uri").asString();
        consumer.api().post(share(uri) + "/submit", null).expect(200);

        data.owner().post(share(uri) + "/approve", null).expect(200);

        String datasetName = data.dataset().view().path("name").asString();
        String subject = "Share request for dataset %s approved".formatted(datasetName);
        List<MimeMessage> mails = Eventually.eventually("the approval mails", () -> mailsWithSubject(subject),
                received -> received.size() >= 3);
        assertThat(mails).extracting(TestMailServer::recipient).containsExactlyInAnyOrder(
                consumer.user().username() + "@example.com", colleague.username() + "@example.com",
                data.dataset().producer().user().username() + "@example.com");
        MimeMessage mail = mails.stream().filter(received -> recipient(received).startsWith(colleague.username()))
                .findFirst().orElseThrow();
        assertThat(body(mail)).isEqualTo("""
                User %s approved share request for dataset %s, requested by team %s.

                %sshare/%s""".formatted(data.dataset().producer().user().username(), datasetName, consumer.team(),
                TestMailServer.PUBLIC_URL, uri));

        JsonNode inbox = colleague.api().get("/api/v1/notifications").expect(200).json();
        assertThat(inbox.path("items").valueStream().map(item -> item.path("kind").asString()))
                .containsExactly("SHARE_APPROVED", "SHARE_SUBMITTED");
        assertThat(inbox.path("items").get(0).path("targetUri").asString()).isEqualTo(uri);
    }
}
