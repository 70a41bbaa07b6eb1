package io.lakegate.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One in-process SMTP server (GreenMail) for the test run, and what it received. Test classes that send mail
 * register it as their mail host; it stops when the test JVM does.
 */
public final class TestMailServer {

    public static final String FROM = "lakegate@example.com";
    public static final String PUBLIC_URL = "https://lakegate.example.com/";

    private static final GreenMail SERVER = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SERVER.start();
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(SERVER::stop));
    }

    private TestMailServer() {
    }

    /** Points Lakegate's mail at this server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SERVER.getSmtp().getPort());
        registry.add("lakegate.mail.from", () -> FROM);
        registry.add("lakegate.public-url", () -> PUBLIC_URL);
    }

    public static List<MimeMessage> mailsWithSubject(String subject) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(mail -> subject.equals(subject(mail))).toList();
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's one recipient. */
    public static String recipient(MimeMessage mail) {
        try {
            Address[] to = mail.getRecipients(Message.RecipientType.TO);
            assertThat(to).hasSize(1);
            return to[0].toString();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body, with line ends as in Java text. */
    public static String body(MimeMessage mail) throws MessagingException, IOException {
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        return mail.getContent().toString().replace("\r\n", "\n").stripTrailing();
    }
}
