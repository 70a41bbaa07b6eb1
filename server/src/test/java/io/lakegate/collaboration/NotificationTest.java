package io.lakegate.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What a notification must hold; a caller that breaks it has a bug, not bad input. */
class NotificationTest {

    @Test
    void kindSubjectAndMessageMustNotBeBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Notification(" ", Set.of("t"), "s", "m", null, null))
                .withMessage("A notification's kind must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new Notification("K", Set.of("t"), null, "m", null, null))
                .withMessage("A notification's subject must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new Notification("K", Set.of("t"), "s", "\n", null, null))
                .withMessage("A notification's message must not be blank");
    }

    @Test
    void teamsMustNotBeEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Notification("K", Set.of(), "s", "m", null, null))
                .withMessage("A notification needs at least one team");
        assertThatIllegalArgumentException().isThrownBy(() -> new Notification("K", null, "s", "m", null, null));
    }

    @Test
    void targetTypeAndUriComeTogether() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Notification("K", Set.of("t"), "s", "m", "share", null))
                .withMessage("A notification's targetType and targetUri come together");
        assertThatIllegalArgumentException().isThrownBy(() -> new Notification("K", Set.of("t"), "s", "m", null, "abcd1234"));
    }

    @Test
    void subjectIsOneLineAndTeamsAreCopied() {
        Set<String> teams = new HashSet<>(Set.of("Requesters"));

        Notification notification = new Notification("K", teams, " Share of\r\nsales\napproved ", "m", null, null);
        teams.add("Others");

        assertThat(notification.subject()).isEqualTo("Share of sales approved");
        assertThat(notification.teams()).containsExactly("Requesters");
    }
}
