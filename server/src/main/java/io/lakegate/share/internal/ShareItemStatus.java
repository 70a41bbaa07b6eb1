package io.lakegate.share.internal;

/** The states of a share item (ARCHITECTURE §6), named in messages as the guide names them. */
enum ShareItemStatus implements StateMachine.State {
    PENDING_APPROVAL("PendingApproval"),
    SHARE_APPROVED("Share_Approved"),
    SHARE_REJECTED("Share_Rejected"),
    SHARE_IN_PROGRESS("Share_In_Progress"),
    SHARE_SUCCEEDED("Share_Succeeded"),
    SHARE_FAILED("Share_Failed"),
    REVOKE_APPROVED("Revoke_Approved"),
    REVOKE_IN_PROGRESS("Revoke_In_Progress"),
    REVOKE_SUCCEEDED("Revoke_Succeeded"),
    REVOKE_FAILED("Revoke_Failed"),
    DELETED("Deleted");

    private final String label;

    ShareItemStatus(String label) {
        this.label = label;
    }

    /** Whether the item's grant is (or should be) in place: what verify checks and revoke removes. */
    boolean shared() {
        return this == SHARE_SUCCEEDED || this == REVOKE_FAILED;
    }

    @Override
    public String label() {
        return label;
    }
}
