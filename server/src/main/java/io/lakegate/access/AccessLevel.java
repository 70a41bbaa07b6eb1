package io.lakegate.access;

/** Why a principal may read a dataset's data, strongest first; NONE when it may not. */
public enum AccessLevel {
    OWNER, STEWARD, SHARED, NONE;

    public boolean manages() {
        return this == OWNER || this == STEWARD;
    }
}
