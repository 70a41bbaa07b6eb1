package io.lakegate.platform.provisioning;

import java.nio.file.FileSystemException;

/**
 * Creates or updates the resources of one type of target (environments, datasets). Modules declare one as a
 * bean; {@link Provisioning} runs it as a background task and keeps the target's record.
 */
public interface Provisioner {

    /** The target type of the records this provisioner serves, e.g. {@code environment}. */
    String targetType();

    /**
     * Brings the target's resources to what the target says, logging each step on {@code records}. A target
     * that no longer exists is nothing to do. An exception fails the run with its message.
     */
    void provision(String targetUri, ProvisioningRecords records) throws Exception;

    /**
     * Keeps the target's own copy of its status (for listings) in step with the record; called inside the
     * transaction of the change.
     */
    void statusChanged(String targetUri, StackStatus status);

    /** A failure as a log line: file system errors name the file, others say their message. */
    static String describe(Exception e) {
        return e instanceof FileSystemException fs
                ? "%s on %s".formatted(e.getClass().getSimpleName(), fs.getFile())
                : e.getMessage();
    }
}
