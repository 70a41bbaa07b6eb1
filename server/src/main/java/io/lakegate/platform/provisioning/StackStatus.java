package io.lakegate.platform.provisioning;

/** The states of a provisioning record, named like the CloudFormation stacks data.all users know. */
public enum StackStatus {
    PENDING, CREATE_COMPLETE, CREATE_FAILED, UPDATE_IN_PROGRESS, UPDATE_COMPLETE, UPDATE_FAILED;

    public boolean inProgress() {
        return this == PENDING || this == UPDATE_IN_PROGRESS;
    }

    public boolean created() {
        return this != PENDING && this != CREATE_FAILED;
    }
}
