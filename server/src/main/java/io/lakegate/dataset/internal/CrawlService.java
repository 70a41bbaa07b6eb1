package io.lakegate.dataset.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.lakegate.access.TableColumn;
import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.internal.crawl.CrawlFindings;
import io.lakegate.dataset.internal.crawl.DiscoveredTable;
import io.lakegate.dataset.internal.crawl.TableDiscovery;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.tasks.BackgroundTasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The crawler as a background job: finds the tables under a prefix of a dataset and writes them to the
 * catalog. New directories become tables; known ones get their new schema (column descriptions kept by name);
 * directories that cannot be read are listed with the reason.
 */
@Service
class CrawlService {

    static final String TASK = "dataset-crawl";

    private final DatasetService datasets;
    private final TableRepository tables;
    private final DatasetAssets assets;
    private final JobRepository jobs;
    private final TableDiscovery discovery;
    private final BackgroundTasks tasks;
    private final OneTimeTask<String> task;
    private final TransactionTemplate transaction;

    CrawlService(DatasetService datasets, TableRepository tables, DatasetAssets assets, JobRepository jobs, TableDiscovery discovery,
            BackgroundTasks tasks, OneTimeTask<String> datasetCrawlTask, TransactionTemplate transaction) {
        this.datasets = datasets;
        this.tables = tables;
        this.assets = assets;
        this.jobs = jobs;
        this.discovery = discovery;
        this.tasks = tasks;
        this.task = datasetCrawlTask;
        this.transaction = transaction;
    }

    Job start(Principal principal, String datasetUri, String prefix) {
        Dataset dataset = datasets.requireOwner(principal, datasetUri, "CRAWL_DATASET");
        return jobs.find(queue(dataset, DatasetKeys.prefix("prefix", prefix), principal.name())).orElseThrow();
    }

    /** Queues a crawl of {@code prefix} (already checked) and returns its job's URI. */
    String queue(Dataset dataset, String prefix, String requestedBy) {
        String job = jobs.create(dataset.uri(), null, Job.Kind.CRAWL, Map.of("prefix", prefix), requestedBy);
        tasks.runNow(task, job, job);
        return job;
    }

    /** Crawls {@code prefix} now, in the caller's thread, as a job with its log; returns the job's URI. */
    String crawlNow(Dataset dataset, String prefix, String requestedBy) {
        String job = jobs.create(dataset.uri(), null, Job.Kind.CRAWL, Map.of("prefix", prefix), requestedBy);
        run(job);
        return job;
    }

    void run(String jobUri) {
        Job job = jobs.find(jobUri).orElse(null);
        if (job == null || !jobs.start(jobUri)) {
            return;
        }
        JobLog log = new JobLog(jobs, jobUri);
        try {
            Dataset dataset = datasets.require(job.datasetUri());
            String prefix = String.valueOf(job.parameters().getOrDefault("prefix", ""));
            log.info(prefix.isEmpty() ? "Crawling the whole dataset" : "Crawling under " + prefix);
            CrawlFindings findings = discovery.discover(dataset.storageLocation(), prefix, log);
            CrawlResult result = transaction.execute(status -> apply(dataset, findings, log));
            log.info("Created %d, updated %d, unchanged %d, failed %d".formatted(result.created().size(),
                    result.updated().size(), result.unchanged().size(), result.failed().size()));
            jobs.succeed(jobUri, result);
        }
        catch (RuntimeException e) {
            log.error("Crawl failed: " + e.getMessage());
            jobs.fail(jobUri, e.getMessage());
        }
    }

    private CrawlResult apply(Dataset dataset, CrawlFindings findings, JobLog log) {
        Map<String, DatasetTable> byLocation = new HashMap<>();
        Map<String, DatasetTable> byName = new HashMap<>();
        for (DatasetTable table : tables.listByDataset(dataset.uri())) {
            byLocation.put(table.location(), table);
            byName.put(table.name(), table);
        }
        CrawlResult result = new CrawlResult(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        findings.failures().forEach(failure -> result.failed().add(new FailedTable(failure.relativePath(), failure.reason())));
        for (DiscoveredTable found : findings.tables()) {
            DatasetTable known = byLocation.get(found.relativePath());
            if (known == null) {
                DatasetTable sameName = byName.get(found.name());
                if (sameName != null) {
                    String reason = "A table named %s already exists at %s".formatted(found.name(), sameName.location());
                    log.warn("%s: %s".formatted(found.relativePath(), reason));
                    result.failed().add(new FailedTable(found.relativePath(), reason));
                    continue;
                }
                DatasetTable created = table(ShortUris.next(), dataset.uri(), found);
                tables.insert(created);
                assets.changed(AssetType.TABLE, created.uri());
                byName.put(created.name(), created);
                log.info("Created table %s from %s".formatted(created.name(), found.relativePath()));
                result.created().add(new CrawledTable(created.uri(), created.name(), found.relativePath()));
            }
            else if (sameShape(known, found) && known.status() == DatasetTable.Status.IN_SYNC) {
                tables.updateStatistics(known.uri(), table(known.uri(), dataset.uri(), found).statistics());
                result.unchanged().add(new CrawledTable(known.uri(), known.name(), found.relativePath()));
            }
            else {
                tables.updateSchema(table(known.uri(), dataset.uri(), found));
                assets.changed(AssetType.TABLE, known.uri());
                log.info("Updated table %s".formatted(known.name()));
                result.updated().add(new CrawledTable(known.uri(), known.name(), found.relativePath()));
            }
        }
        return result;
    }

    /** Same format, reader options and columns: statistics may differ without the table changing shape. */
    private static boolean sameShape(DatasetTable known, DiscoveredTable found) {
        List<TableColumn> knownColumns = known.columns().stream()
                .map(column -> new TableColumn(column.name(), column.type(), column.partition())).toList();
        return known.format() == found.source().format()
                && Objects.equals(known.readerOptions(), found.source().options())
                && knownColumns.equals(found.source().columns());
    }

    private static DatasetTable table(String uri, String datasetUri, DiscoveredTable found) {
        return new DatasetTable(uri, datasetUri, found.name(), found.relativePath(), null, List.of(),
                found.source().format(), found.source().options(),
                found.source().columns().stream()
                        .map(column -> new DatasetTable.Column(column.name(), column.type(), column.partition(), null))
                        .toList(),
                DatasetTable.Status.IN_SYNC, false,
                new DatasetTable.Statistics(found.statistics().objectCount(), found.statistics().totalBytes(),
                        found.statistics().recordCount(), found.statistics().fingerprint()),
                null, null, null);
    }

    /** What a crawl did, table by table: the job's result. */
    record CrawlResult(List<CrawledTable> created, List<CrawledTable> updated, List<CrawledTable> unchanged,
            List<FailedTable> failed) {
    }

    record CrawledTable(String uri, String name, String location) {
    }

    record FailedTable(String location, String reason) {
    }

    @Configuration(proxyBeanMethods = false)
    static class TaskDefinition {

        @Bean
        OneTimeTask<String> datasetCrawlTask(ObjectProvider<CrawlService> crawls) {
            return Tasks.oneTime(TASK, String.class).execute((instance, context) -> crawls.getObject().run(instance.getData()));
        }
    }
}
