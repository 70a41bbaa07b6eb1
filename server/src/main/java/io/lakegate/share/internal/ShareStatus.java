package io.lakegate.share.internal;

/** The states of a share request (ARCHITECTURE §6), named in messages as the guide names them. */
enum ShareStatus implements StateMachine.State {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    REVOKED("Revoked"),
    SHARE_IN_PROGRESS("Share_In_Progress"),
    REVOKE_IN_PROGRESS("Revoke_In_Progress"),
    PROCESSED("Processed"),
    DELETED("Deleted"),
    SUBMITTED_FOR_EXTENSION("Submitted_For_Extension"),
    EXTENSION_REJECTED("Extension_Rejected");

    private final String label;

    ShareStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
