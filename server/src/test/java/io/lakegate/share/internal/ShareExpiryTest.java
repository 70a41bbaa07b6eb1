package io.lakegate.share.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.lakegate.share.ShareTestSupport;
import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Datasets that require expiring shares: the requested months, extensions, the warning and the revocation. */
class ShareExpiryTest extends ShareTestSupport {

    private static final Map<String, Object> ONE_TO_SIX_MONTHS = Map.of("shareExpiry",
            Map.of("enabled", true, "minMonths", 1, "maxMonths", 6));

    @Autowired
    ShareExpiry expiry;

    @Test
    void aRequestPicksAnExpiryWithinTheDatasetsRuleAndMayBeExtended() {
        SharedData data = expiringData();
        Consumer consumer = consumer();
        String uri = open(consumer, data, null, List.of(tableItem(data))).path("uri").asString();
        assertThat(consumer.api().post(share(uri) + "/submit", null).problem(400)).contains("pick an expiry of 1 to 6 months");
        assertThat(consumer.api().patch(share(uri), Map.of("expiryMonths", 12)).problem(400)).contains("1 to 6 months, not 12");
        consumer.api().patch(share(uri), Map.of("expiryMonths", 3)).expect(200);
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        JsonNode approved = data.owner().post(share(uri) + "/approve", null).expect(200).json();
        assertThat(Instant.parse(approved.path("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofDays(88)), Instant.now().plus(Duration.ofDays(93)));
        assertThat(consumer.api().patch(share(uri), Map.of("expiryMonths", 2)).problem(409)).contains("extension");

        data.owner().post(share(uri) + "/extension", Map.of("expiryMonths", 6)).problem(403);
        consumer.api().post(share(uri) + "/extension", Map.of("expiryMonths", 7)).problem(400);
        JsonNode asked = consumer.api().post(share(uri) + "/extension", Map.of("expiryMonths", 6)).expect(200).json();
        assertThat(asked.path("status").asString()).isEqualTo("SUBMITTED_FOR_EXTENSION");
        assertThat(asked.path("extensionMonths").asInt()).isEqualTo(6);
        consumer.api().post(share(uri) + "/extension/approve", null).problem(403);
        JsonNode extended = data.owner().post(share(uri) + "/extension/approve", null).expect(200).json();
        assertThat(extended.path("status").asString()).isEqualTo("PROCESSED");
        assertThat(Instant.parse(extended.path("expiresAt").asString()))
                .isAfter(Instant.now().plus(Duration.ofDays(180)));
        consumer.api().get(preview(data.table())).expect(200);

        consumer.api().post(share(uri) + "/extension", Map.of("expiryMonths", 6)).expect(200);
        assertThat(data.owner().post(share(uri) + "/extension/reject", null).expect(200).json().path("status").asString())
                .isEqualTo("EXTENSION_REJECTED");
        assertThat(data.owner().post(share(uri) + "/extension/approve", null).problem(409))
                .contains("Extension_Rejected cannot go to [Processed]");
        consumer.api().get(preview(data.table())).expect(200);
    }

    @Test
    void aWeekBeforeTheEndBothSidesAreWarnedOnceAndAtTheEndAccessIsRevoked() {
        SharedData data = expiringData();
        Consumer consumer = consumer();
        String uri = open(consumer, data, null, List.of(tableItem(data))).path("uri").asString();
        consumer.api().patch(share(uri), Map.of("expiryMonths", 1)).expect(200);
        consumer.api().post(share(uri) + "/submit", null).expect(200);
        Instant end = Instant.parse(data.owner().post(share(uri) + "/approve", null).expect(200).json()
                .path("expiresAt").asString());

        expiry.run(end.minus(Duration.ofDays(8)));
        assertThat(kinds(consumer.api())).doesNotContain("SHARE_EXPIRING");
        expiry.run(end.minus(Duration.ofDays(3)));
        expiry.run(end.minus(Duration.ofDays(2)));
        assertThat(kinds(consumer.api())).containsOnlyOnce("SHARE_EXPIRING");
        assertThat(kinds(data.dataset().producer().user().api())).containsOnlyOnce("SHARE_EXPIRING");
        consumer.api().get(preview(data.table())).expect(200);

        expiry.run(end.plus(Duration.ofMinutes(1)));

        JsonNode revoked = Eventually.eventually("the expired share to be revoked",
                () -> consumer.api().get(share(uri)).expect(200).json(),
                share -> share.path("status").asString().equals("PROCESSED"));
        assertThat(revoked.path("items").get(0).path("status").asString()).isEqualTo("REVOKE_SUCCEEDED");
        consumer.api().get(preview(data.table())).problem(403);
        assertThat(kinds(consumer.api())).contains("SHARE_EXPIRED");
        expiry.run(end.plus(Duration.ofDays(1)));
        assertThat(kinds(consumer.api())).containsOnlyOnce("SHARE_EXPIRED");
    }

    private SharedData expiringData() {
        TestDataset dataset = dataset(producer(), ONE_TO_SIX_MONTHS);
        assertThat(dataset.view().path("shareExpiry").path("maxMonths").asInt()).isEqualTo(6);
        upload(dataset.owner(), dataset.uri(), "sales", "sales.csv", "id\n1\n").expect(201);
        crawl(dataset.owner(), dataset.uri(), "sales");
        return new SharedData(dataset, table(dataset.owner(), dataset.uri(), "sales").path("uri").asString(), null);
    }

    private static List<String> kinds(Caller caller) {
        return caller.get("/api/v1/notifications?size=100").expect(200).json().path("items").valueStream()
                .map(item -> item.path("kind").asString()).toList();
    }
}
