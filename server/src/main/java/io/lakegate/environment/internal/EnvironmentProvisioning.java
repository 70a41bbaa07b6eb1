package io.lakegate.environment.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.provisioning.ProvisioningRecords;
import io.lakegate.platform.provisioning.ProvisioningStatusChanged;
import io.lakegate.platform.tasks.BackgroundTasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Provisions an environment's storage root as a background task and keeps its stack record: PENDING,
 * then CREATE_COMPLETE or CREATE_FAILED (UPDATE_* for later runs), with a log line per step.
 */
@Component
class EnvironmentProvisioning {

    static final String TARGET_TYPE = "environment";
    static final String TASK = "environment-provisioning";

    private final EnvironmentRepository environments;
    private final ProvisioningRecords records;
    private final BackgroundTasks tasks;
    private final OneTimeTask<String> task;

    EnvironmentProvisioning(EnvironmentRepository environments, ProvisioningRecords records, BackgroundTasks tasks,
            OneTimeTask<String> environmentProvisioningTask) {
        this.environments = environments;
        this.records = records;
        this.tasks = tasks;
        this.task = environmentProvisioningTask;
    }

    void requestCreate(String uri) {
        records.create(TARGET_TYPE, uri);
        tasks.runNow(task, uri, uri);
    }

    /**
     * Every request gets a run of its own: db-scheduler silently drops an execution whose instance is still
     * scheduled or running, which left the record UPDATE_IN_PROGRESS for good when an update was asked for
     * while the previous run was finishing.
     */
    void requestUpdate(String uri) {
        records.restart(uri);
        tasks.runNow(task, uri + "-" + ShortUris.next(), uri);
    }

    /** Keeps the environment's copy of its stack status, for listings, in step with the record. */
    @EventListener
    void onStatusChange(ProvisioningStatusChanged change) {
        if (change.targetType().equals(TARGET_TYPE)) {
            environments.updateStackStatus(change.targetUri(), change.status());
        }
    }

    void run(String uri) {
        Environment environment = environments.find(uri).orElse(null);
        if (environment == null) {
            return;
        }
        Path root = environment.storageRoot();
        records.info(uri, "Ensuring storage root " + root);
        try {
            Files.createDirectories(root);
            if (!Files.isWritable(root)) {
                throw new IOException(root + " is not writable");
            }
            records.info(uri, "Storage root ready");
            records.succeeded(uri);
        }
        catch (IOException | RuntimeException e) {
            records.failed(uri, "Could not provision storage root %s: %s".formatted(root, describe(e)));
        }
    }

    private static String describe(Exception e) {
        return e instanceof java.nio.file.FileSystemException fs
                ? e.getClass().getSimpleName() + " on " + fs.getFile()
                : e.getMessage();
    }

    @Configuration(proxyBeanMethods = false)
    static class TaskDefinition {

        @Bean
        OneTimeTask<String> environmentProvisioningTask(org.springframework.beans.factory.ObjectProvider<EnvironmentProvisioning> provisioning) {
            return Tasks.oneTime(TASK, String.class)
                    .execute((instance, context) -> provisioning.getObject().run(instance.getData()));
        }
    }
}
