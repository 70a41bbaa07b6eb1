package io.lakegate.dataset.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.lakegate.dataset.internal.crawl.TableDiscovery;
import io.lakegate.identity.Principal;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.tasks.BackgroundTasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * Reconciles the catalog with storage (guide 4.1.8, "Synchronize"): a table whose files are gone becomes
 * Deleted, one whose files changed since the last crawl is flagged for the crawler, one whose files came back
 * is in sync again. Runs for every dataset on a schedule and for one dataset on demand; each run that finds a
 * change, and every run asked for, is a job in the dataset's log. The scheduled pass also removes what
 * uploads killed over an hour ago left in staging.
 */
@Service
class SyncService {

    static final String TASK = "dataset-table-sync";
    static final String SCHEDULED_TASK = "table-sync-all";
    static final String SCHEDULER = "scheduler";

    private final DatasetService datasets;
    private final DatasetRepository datasetRepository;
    private final TableRepository tables;
    private final JobRepository jobs;
    private final TableDiscovery discovery;
    private final DatasetStorage storage;
    private final BackgroundTasks tasks;
    private final OneTimeTask<String> task;

    SyncService(DatasetService datasets, DatasetRepository datasetRepository, TableRepository tables, JobRepository jobs,
            TableDiscovery discovery, DatasetStorage storage, BackgroundTasks tasks,
            OneTimeTask<String> datasetTableSyncTask) {
        this.datasets = datasets;
        this.datasetRepository = datasetRepository;
        this.tables = tables;
        this.jobs = jobs;
        this.discovery = discovery;
        this.storage = storage;
        this.tasks = tasks;
        this.task = datasetTableSyncTask;
    }

    Job start(Principal principal, String datasetUri) {
        Dataset dataset = datasets.requireOwner(principal, datasetUri, "SYNC_DATASET_TABLES");
        String job = jobs.create(dataset.uri(), null, Job.Kind.SYNC, Map.of(), principal.name());
        tasks.runNow(task, job, job);
        return jobs.find(job).orElseThrow();
    }

    void run(String jobUri) {
        Job job = jobs.find(jobUri).orElse(null);
        if (job == null || !jobs.start(jobUri)) {
            return;
        }
        try {
            Dataset dataset = datasets.require(job.datasetUri());
            List<String> changes = reconcile(dataset);
            changes.forEach(change -> jobs.log(jobUri, "INFO", change));
            jobs.log(jobUri, "INFO", changes.isEmpty() ? "Every table is in sync" : changes.size() + " tables changed");
            jobs.succeed(jobUri, Map.of("changes", changes));
        }
        catch (RuntimeException e) {
            jobs.log(jobUri, "ERROR", "Sync failed: " + e.getMessage());
            jobs.fail(jobUri, e.getMessage());
        }
    }

    /** The scheduled pass over every dataset; a dataset where something changed gets a job with the changes. */
    void syncAll() {
        for (Dataset dataset : datasetRepository.all()) {
            storage.removeAbandonedWrites(dataset);
            List<String> changes = reconcile(dataset);
            if (!changes.isEmpty()) {
                String job = jobs.create(dataset.uri(), null, Job.Kind.SYNC, Map.of("scheduled", true), SCHEDULER);
                jobs.start(job);
                changes.forEach(change -> jobs.log(job, "INFO", change));
                jobs.succeed(job, Map.of("changes", changes));
            }
        }
    }

    private List<String> reconcile(Dataset dataset) {
        List<String> changes = new ArrayList<>();
        Map<String, String> fingerprints = discovery.fingerprints(dataset.storageLocation());
        for (DatasetTable table : tables.listByDataset(dataset.uri())) {
            String fingerprint = fingerprints.get(table.location());
            if (fingerprint == null) {
                if (table.status() != DatasetTable.Status.DELETED) {
                    changes.add("Table %s is Deleted: %s holds no data files".formatted(table.name(), table.location()));
                }
                tables.markSynced(table.uri(), DatasetTable.Status.DELETED, false);
                continue;
            }
            boolean changed = !fingerprint.equals(table.statistics().fingerprint());
            if (table.status() == DatasetTable.Status.DELETED) {
                changes.add("Table %s is back in sync: its files are there again".formatted(table.name()));
            }
            if (changed && !table.needsCrawl()) {
                changes.add("Table %s: its files changed since the last crawl; crawl %s to update its schema"
                        .formatted(table.name(), table.location()));
            }
            tables.markSynced(table.uri(), DatasetTable.Status.IN_SYNC, changed);
        }
        return changes;
    }

    @Configuration(proxyBeanMethods = false)
    static class TaskDefinitions {

        @Bean
        OneTimeTask<String> datasetTableSyncTask(ObjectProvider<SyncService> sync) {
            return Tasks.oneTime(TASK, String.class).execute((instance, context) -> sync.getObject().run(instance.getData()));
        }

        @Bean
        RecurringTask<Void> tableSyncAllTask(ObjectProvider<SyncService> sync, LakegateProperties properties) {
            return Tasks.recurring(SCHEDULED_TASK, FixedDelay.of(properties.datasets().syncInterval()))
                    .execute((instance, context) -> sync.getObject().syncAll());
        }
    }
}
