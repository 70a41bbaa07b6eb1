package io.lakegate.dataset.internal;

import java.util.List;
import java.util.Objects;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.lakegate.access.DataFilter;
import io.lakegate.access.DataFilters;
import io.lakegate.access.TableDataFilter;
import io.lakegate.dataset.internal.profiling.TableProfile;
import io.lakegate.dataset.internal.profiling.TableProfiler;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.tasks.BackgroundTasks;
import io.lakegate.query.DuckDbConnections;
import io.lakegate.query.QuerySandboxes;
import io.lakegate.query.Sandbox;
import io.lakegate.query.SandboxTable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * Profiling runs of tables, as jobs: whoever may read a table may profile it and see its profiles, since a
 * profile shows values of the data. A run reads the table in a sandbox that holds that table only, through the data
 * filter of the reader who asked for it; see {@link ProfileScopes} for who sees which runs.
 */
@Service
class ProfilingService {

    static final String TASK = "table-profiling";

    private final TableService tables;
    private final DatasetService datasets;
    private final JobRepository jobs;
    private final ProfileScopes scopes;
    private final DataFilters filters;
    private final QuerySandboxes sandboxes;
    private final TableProfiler profiler;
    private final BackgroundTasks tasks;
    private final OneTimeTask<String> task;

    ProfilingService(TableService tables, DatasetService datasets, JobRepository jobs, ProfileScopes scopes,
            DataFilters filters, QuerySandboxes sandboxes, TableProfiler profiler, BackgroundTasks tasks,
            OneTimeTask<String> tableProfilingTask) {
        this.tables = tables;
        this.datasets = datasets;
        this.jobs = jobs;
        this.scopes = scopes;
        this.filters = filters;
        this.sandboxes = sandboxes;
        this.profiler = profiler;
        this.tasks = tasks;
        this.task = tableProfilingTask;
    }

    Job start(Principal principal, String tableUri) {
        DatasetTable table = tables.require(tableUri);
        Dataset dataset = datasets.require(table.datasetUri());
        String filterUri = scopes.requireFilterUri(principal, dataset, tableUri, "PROFILE_TABLE");
        TableService.requireInSync(table);
        String job = jobs.createProfilingRun(dataset.uri(), tableUri, filterUri, principal.name());
        tasks.runNow(task, job, job);
        return jobs.find(job).orElseThrow();
    }

    Page<Job> list(Principal principal, String tableUri, PageRequest page) {
        return jobs.profilingRuns(tableUri, requireFilterUri(principal, tableUri, "LIST_TABLE_PROFILING_RUNS"), page);
    }

    Job get(Principal principal, String tableUri, String runUri) {
        String filterUri = requireFilterUri(principal, tableUri, "GET_TABLE_PROFILING_RUN");
        return jobs.find(runUri)
                .filter(job -> tableUri.equals(job.tableUri()) && job.kind() == Job.Kind.PROFILING
                        && Objects.equals(job.dataFilterUri(), filterUri))
                .orElseThrow(() -> ApiProblem.notFound("Profiling run of table " + tableUri, runUri));
    }

    void run(String jobUri) {
        Job job = jobs.find(jobUri).orElse(null);
        if (job == null || !jobs.start(jobUri)) {
            return;
        }
        JobLog log = new JobLog(jobs, jobUri);
        try {
            DatasetTable table = tables.require(job.tableUri());
            Dataset dataset = datasets.require(table.datasetUri());
            DataFilter filter = job.dataFilterUri() == null ? null : filters.find(job.dataFilterUri())
                    .map(TableDataFilter::filter)
                    .orElseThrow(() -> new IllegalStateException("Data filter %s is gone".formatted(job.dataFilterUri())));
            log.info(filter == null ? "Profiling table " + table.name()
                    : "Profiling table %s through data filter '%s'".formatted(table.name(), filter.name()));
            SandboxTable source = new SandboxTable(dataset.schemaName(), table.name(),
                    table.source(dataset.storageLocation()), filter);
            String relation = DuckDbConnections.identifier(dataset.schemaName()) + "."
                    + DuckDbConnections.identifier(table.name());
            TableProfile profile;
            try (Sandbox sandbox = sandboxes.open(List.of(source))) {
                profile = sandbox.withConnection(connection -> profiler.profile(connection, relation, (message, percent) -> {
                    log.info(message);
                    log.percent(percent);
                }));
            }
            log.info("Profiled %d rows and %d columns".formatted(profile.rowCount(), profile.columnCount()));
            jobs.succeed(jobUri, profile);
            if (filter == null) {
                tables.countRecords(table, profile.rowCount());
            }
        }
        catch (RuntimeException e) {
            log.error("Profiling failed: " + e.getMessage());
            jobs.fail(jobUri, e.getMessage());
        }
    }

    private String requireFilterUri(Principal principal, String tableUri, String action) {
        DatasetTable table = tables.require(tableUri);
        return scopes.requireFilterUri(principal, datasets.require(table.datasetUri()), tableUri, action);
    }

    @Configuration(proxyBeanMethods = false)
    static class TaskDefinition {

        @Bean
        OneTimeTask<String> tableProfilingTask(ObjectProvider<ProfilingService> profiling) {
            return Tasks.oneTime(TASK, String.class).execute((instance, context) -> profiling.getObject().run(instance.getData()));
        }
    }
}
