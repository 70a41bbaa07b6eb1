package io.lakegate.share.internal;

import static io.lakegate.share.internal.ShareItemStatus.DELETED;
import static io.lakegate.share.internal.ShareItemStatus.PENDING_APPROVAL;
import static io.lakegate.share.internal.ShareItemStatus.REVOKE_APPROVED;
import static io.lakegate.share.internal.ShareItemStatus.REVOKE_FAILED;
import static io.lakegate.share.internal.ShareItemStatus.REVOKE_IN_PROGRESS;
import static io.lakegate.share.internal.ShareItemStatus.REVOKE_SUCCEEDED;
import static io.lakegate.share.internal.ShareItemStatus.SHARE_APPROVED;
import static io.lakegate.share.internal.ShareItemStatus.SHARE_FAILED;
import static io.lakegate.share.internal.ShareItemStatus.SHARE_REJECTED;
import static io.lakegate.share.internal.ShareItemStatus.SHARE_SUCCEEDED;
import static io.lakegate.share.internal.ShareStatus.APPROVED;
import static io.lakegate.share.internal.ShareStatus.DRAFT;
import static io.lakegate.share.internal.ShareStatus.EXTENSION_REJECTED;
import static io.lakegate.share.internal.ShareStatus.PROCESSED;
import static io.lakegate.share.internal.ShareStatus.REJECTED;
import static io.lakegate.share.internal.ShareStatus.REVOKED;
import static io.lakegate.share.internal.ShareStatus.SUBMITTED;
import static io.lakegate.share.internal.ShareStatus.SUBMITTED_FOR_EXTENSION;

import java.util.Set;

/** The two state machines of ARCHITECTURE §6, row for row. */
final class ShareMachines {

    enum ShareAction {
        SUBMIT, APPROVE, REJECT, REVOKE_ITEMS, START, FINISH, FINISH_PENDING, ADD_ITEM, DELETE, EXTENSION,
        EXTENSION_APPROVE, CANCEL_EXTENSION, EXTENSION_REJECT
    }

    enum ItemAction {
        ADD_ITEM, SUBMIT, APPROVE, REJECT, START, SUCCESS, FAILURE, REVOKE_ITEMS, REMOVE_ITEM, DELETE
    }

    static final StateMachine<ShareStatus, ShareAction> SHARE = StateMachine.<ShareStatus, ShareAction>builder()
            .on(ShareAction.SUBMIT, Set.of(DRAFT, REJECTED, EXTENSION_REJECTED), SUBMITTED)
            .on(ShareAction.APPROVE, Set.of(SUBMITTED), APPROVED)
            .on(ShareAction.REJECT, Set.of(SUBMITTED), REJECTED)
            .on(ShareAction.REVOKE_ITEMS, Set.of(DRAFT, SUBMITTED, REJECTED, PROCESSED, EXTENSION_REJECTED), REVOKED)
            .on(ShareAction.START, Set.of(APPROVED), ShareStatus.SHARE_IN_PROGRESS)
            .on(ShareAction.START, Set.of(REVOKED), ShareStatus.REVOKE_IN_PROGRESS)
            .on(ShareAction.FINISH, Set.of(ShareStatus.SHARE_IN_PROGRESS, ShareStatus.REVOKE_IN_PROGRESS), PROCESSED)
            .on(ShareAction.FINISH_PENDING, Set.of(ShareStatus.REVOKE_IN_PROGRESS), DRAFT)
            .on(ShareAction.ADD_ITEM, Set.of(SUBMITTED, REJECTED, PROCESSED, EXTENSION_REJECTED), DRAFT)
            .on(ShareAction.DELETE, Set.of(DRAFT, SUBMITTED, REJECTED, PROCESSED, EXTENSION_REJECTED), ShareStatus.DELETED)
            .on(ShareAction.EXTENSION, Set.of(PROCESSED, EXTENSION_REJECTED, DRAFT), SUBMITTED_FOR_EXTENSION)
            .on(ShareAction.EXTENSION_APPROVE, Set.of(SUBMITTED_FOR_EXTENSION), PROCESSED)
            .on(ShareAction.CANCEL_EXTENSION, Set.of(SUBMITTED_FOR_EXTENSION), PROCESSED)
            .on(ShareAction.EXTENSION_REJECT, Set.of(SUBMITTED_FOR_EXTENSION), EXTENSION_REJECTED)
            .build();

    static final StateMachine<ShareItemStatus, ItemAction> ITEM = StateMachine.<ShareItemStatus, ItemAction>builder()
            .on(ItemAction.ADD_ITEM, Set.of(DELETED), PENDING_APPROVAL)
            .on(ItemAction.SUBMIT, Set.of(SHARE_REJECTED, SHARE_FAILED), PENDING_APPROVAL)
            .on(ItemAction.APPROVE, Set.of(PENDING_APPROVAL), SHARE_APPROVED)
            .on(ItemAction.REJECT, Set.of(PENDING_APPROVAL), SHARE_REJECTED)
            .on(ItemAction.START, Set.of(SHARE_APPROVED), ShareItemStatus.SHARE_IN_PROGRESS)
            .on(ItemAction.START, Set.of(REVOKE_APPROVED), REVOKE_IN_PROGRESS)
            .on(ItemAction.SUCCESS, Set.of(ShareItemStatus.SHARE_IN_PROGRESS), SHARE_SUCCEEDED)
            .on(ItemAction.SUCCESS, Set.of(REVOKE_IN_PROGRESS), REVOKE_SUCCEEDED)
            .on(ItemAction.FAILURE, Set.of(ShareItemStatus.SHARE_IN_PROGRESS, SHARE_APPROVED), SHARE_FAILED)
            .on(ItemAction.FAILURE, Set.of(REVOKE_IN_PROGRESS, REVOKE_APPROVED), REVOKE_FAILED)
            .on(ItemAction.REVOKE_ITEMS, Set.of(SHARE_SUCCEEDED, REVOKE_FAILED), REVOKE_APPROVED)
            .on(ItemAction.REMOVE_ITEM, Set.of(PENDING_APPROVAL, SHARE_REJECTED, SHARE_FAILED, REVOKE_SUCCEEDED), DELETED)
            .on(ItemAction.DELETE, Set.of(PENDING_APPROVAL, SHARE_REJECTED, SHARE_FAILED, REVOKE_SUCCEEDED), DELETED)
            .build();

    private ShareMachines() {
    }
}
