package io.lakegate.platform.provisioning;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.tasks.BackgroundTasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs {@link Provisioner}s as background tasks and keeps their records: PENDING, then CREATE_COMPLETE or
 * CREATE_FAILED (UPDATE_* for later runs), with a log line per step.
 */
@Service
public class Provisioning {

    static final String TASK = "provisioning";

    private final ProvisioningRecords records;
    private final BackgroundTasks tasks;
    private final OneTimeTask<String> task;
    private final Map<String, Provisioner> provisioners;

    Provisioning(ProvisioningRecords records, BackgroundTasks tasks, OneTimeTask<String> provisioningTask,
            List<Provisioner> provisioners) {
        this.records = records;
        this.tasks = tasks;
        this.task = provisioningTask;
        this.provisioners = provisioners.stream().collect(Collectors.toMap(Provisioner::targetType, Function.identity()));
    }

    /** Creates the target's record and queues its first run, with the caller's transaction. */
    @Transactional
    public void requestCreate(String targetType, String targetUri) {
        records.create(targetType, targetUri);
        tasks.runNow(task, targetUri, targetUri);
    }

    /**
     * Queues another run: a retry after a failed creation, an update otherwise. Every request gets a run of its
     * own: db-scheduler silently drops an execution whose instance is still scheduled or running, which left the
     * record UPDATE_IN_PROGRESS for good when an update was asked for while the previous run was finishing.
     */
    @Transactional
    public void requestUpdate(String targetUri) {
        records.restart(targetUri);
        tasks.runNow(task, targetUri + "-" + ShortUris.next(), targetUri);
    }

    @EventListener
    void onStatusChange(ProvisioningStatusChanged change) {
        provisioners.get(change.targetType()).statusChanged(change.targetUri(), change.status());
    }

    /**
     * A run the target's owners asked for: a retry after a failure, an update otherwise; refused while a run is
     * under way. Returns the record as it now stands.
     */
    @Transactional
    public ProvisioningRecord requestRerun(String targetUri) {
        ProvisioningRecord record = records.find(targetUri)
                .orElseThrow(() -> ApiProblem.notFound("Stack of " + targetUri, targetUri));
        if (record.status().inProgress()) {
            throw ApiProblem.conflict("The stack of %s %s is being provisioned; wait for it to finish"
                    .formatted(record.targetType(), targetUri));
        }
        requestUpdate(targetUri);
        return records.find(targetUri).orElseThrow();
    }

    void run(String targetUri) {
        ProvisioningRecord record = records.find(targetUri).orElse(null);
        if (record == null) {
            return;
        }
        Provisioner provisioner = provisioners.get(record.targetType());
        try {
            provisioner.provision(targetUri, records);
            records.succeeded(targetUri);
        }
        catch (Exception e) {
            records.failed(targetUri, Provisioner.describe(e));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TaskDefinition {

        @Bean
        OneTimeTask<String> provisioningTask(ObjectProvider<Provisioning> provisioning) {
            return Tasks.oneTime(TASK, String.class)
                    .execute((instance, context) -> provisioning.getObject().run(instance.getData()));
        }
    }
}
