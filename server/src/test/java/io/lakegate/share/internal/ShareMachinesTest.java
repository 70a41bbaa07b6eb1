package io.lakegate.share.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.lakegate.platform.ApiProblem;
import io.lakegate.share.internal.ShareMachines.ItemAction;
import io.lakegate.share.internal.ShareMachines.ShareAction;
import org.junit.jupiter.api.Test;

/**
 * Both share state machines against ARCHITECTURE §6, written here a second time as its text reads: every state
 * with every action, allowed moves (including a move to the state it is in, which is allowed and changes nothing)
 * and refused ones, which name the current state and where the action leads.
 */
class ShareMachinesTest {

    /** ARCHITECTURE §6, share object table: action | from (comma separated) | to. */
    private static final String SHARE_TABLE = """
            SUBMIT | Draft, Rejected, Extension_Rejected | Submitted
            APPROVE | Submitted | Approved
            REJECT | Submitted | Rejected
            REVOKE_ITEMS | Draft, Submitted, Rejected, Processed, Extension_Rejected | Revoked
            START | Approved | Share_In_Progress
            START | Revoked | Revoke_In_Progress
            FINISH | Share_In_Progress, Revoke_In_Progress | Processed
            FINISH_PENDING | Revoke_In_Progress | Draft
            ADD_ITEM | Submitted, Rejected, Processed, Extension_Rejected | Draft
            DELETE | Draft, Submitted, Rejected, Processed, Extension_Rejected | Deleted
            EXTENSION | Processed, Extension_Rejected, Draft | Submitted_For_Extension
            EXTENSION_APPROVE | Submitted_For_Extension | Processed
            CANCEL_EXTENSION | Submitted_For_Extension | Processed
            EXTENSION_REJECT | Submitted_For_Extension | Extension_Rejected
            """;

    /** ARCHITECTURE §6, share item table. */
    private static final String ITEM_TABLE = """
            ADD_ITEM | Deleted | PendingApproval
            SUBMIT | Share_Rejected, Share_Failed | PendingApproval
            APPROVE | PendingApproval | Share_Approved
            REJECT | PendingApproval | Share_Rejected
            START | Share_Approved | Share_In_Progress
            START | Revoke_Approved | Revoke_In_Progress
            SUCCESS | Share_In_Progress | Share_Succeeded
            SUCCESS | Revoke_In_Progress | Revoke_Succeeded
            FAILURE | Share_In_Progress, Share_Approved | Share_Failed
            FAILURE | Revoke_In_Progress, Revoke_Approved | Revoke_Failed
            REVOKE_ITEMS | Share_Succeeded, Revoke_Failed | Revoke_Approved
            REMOVE_ITEM | PendingApproval, Share_Rejected, Share_Failed, Revoke_Succeeded | Deleted
            DELETE | PendingApproval, Share_Rejected, Share_Failed, Revoke_Succeeded | Deleted
            """;

    @Test
    void everyShareStateWithEveryAction() {
        Map<String, Map<String, String>> expected = parse(SHARE_TABLE);
        int allowed = 0;
        int refused = 0;
        for (ShareStatus state : ShareStatus.values()) {
            for (ShareAction action : ShareAction.values()) {
                Optional<String> target = expectedTarget(expected, action.name(), state.label());
                if (target.isPresent()) {
                    assertThat(ShareMachines.SHARE.next(state, action).label()).as("%s on %s", action, state).isEqualTo(target.get());
                    allowed++;
                }
                else {
                    assertRefused(() -> ShareMachines.SHARE.next(state, action), state.label(), expected.get(action.name()));
                    refused++;
                }
            }
        }
        assertThat(allowed + refused).isEqualTo(ShareStatus.values().length * ShareAction.values().length);
        assertThat(refused).isPositive();
    }

    @Test
    void everyItemStateWithEveryAction() {
        Map<String, Map<String, String>> expected = parse(ITEM_TABLE);
        for (ShareItemStatus state : ShareItemStatus.values()) {
            for (ItemAction action : ItemAction.values()) {
                Optional<String> target = expectedTarget(expected, action.name(), state.label());
                if (target.isPresent()) {
                    assertThat(ShareMachines.ITEM.next(state, action).label()).as("%s on %s", action, state).isEqualTo(target.get());
                }
                else {
                    assertRefused(() -> ShareMachines.ITEM.next(state, action), state.label(), expected.get(action.name()));
                }
            }
        }
    }

    @Test
    void theGuidesMessageForDeletingASharedItem() {
        assertThatThrownBy(() -> ShareMachines.ITEM.next(ShareItemStatus.SHARE_SUCCEEDED, ItemAction.DELETE))
                .isInstanceOf(ApiProblem.class)
                .hasMessageContaining("This transition is not possible, Share_Succeeded cannot go to [Deleted]");
    }

    @Test
    void everyStateAndActionIsInTheTables() {
        assertThat(parse(SHARE_TABLE).keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ShareAction.values()).map(Enum::name).toList());
        assertThat(parse(ITEM_TABLE).keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ItemAction.values()).map(Enum::name).toList());
        assertThat(Arrays.stream(ShareStatus.values()).map(ShareStatus::label)).containsExactlyInAnyOrder("Draft",
                "Submitted", "Approved", "Rejected", "Revoked", "Share_In_Progress", "Revoke_In_Progress", "Processed",
                "Deleted", "Submitted_For_Extension", "Extension_Rejected");
        assertThat(Arrays.stream(ShareItemStatus.values()).map(ShareItemStatus::label)).containsExactlyInAnyOrder(
                "PendingApproval", "Share_Approved", "Share_Rejected", "Share_In_Progress", "Share_Succeeded",
                "Share_Failed", "Revoke_Approved", "Revoke_In_Progress", "Revoke_Succeeded", "Revoke_Failed", "Deleted");
    }

    /** The state the action leads to from {@code state}: a row's target, or the state itself when a row leads there. */
    private static Optional<String> expectedTarget(Map<String, Map<String, String>> table, String action, String state) {
        Map<String, String> rows = table.getOrDefault(action, Map.of());
        if (rows.containsKey(state)) {
            return Optional.of(rows.get(state));
        }
        return rows.containsValue(state) ? Optional.of(state) : Optional.empty();
    }

    private static void assertRefused(Runnable move, String state, Map<String, String> rows) {
        assertThatThrownBy(move::run)
                .isInstanceOf(ApiProblem.class)
                .hasMessageContaining("This transition is not possible, %s cannot go to".formatted(state))
                .satisfies(problem -> rows.values().forEach(target -> assertThat(problem.getMessage()).contains(target)));
    }

    /** action → (from state → to state). */
    private static Map<String, Map<String, String>> parse(String table) {
        Map<String, Map<String, String>> parsed = new HashMap<>();
        table.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] cells = line.split("\\|");
            Map<String, String> rows = parsed.computeIfAbsent(cells[0].strip(), action -> new HashMap<>());
            for (String from : cells[1].split(",")) {
                rows.put(from.strip(), cells[2].strip());
            }
        });
        return parsed;
    }
}
