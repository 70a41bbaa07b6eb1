package io.lakegate.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.lakegate.catalog.internal.index.CatalogAsset;
import io.lakegate.catalog.internal.index.CatalogIndex;
import io.lakegate.catalog.internal.index.ColumnText;
import io.lakegate.catalog.internal.index.GlossaryTerm;
import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.DataAsset;
import io.lakegate.dataset.DataAssetChanged;
import io.lakegate.dataset.DataAssets;
import io.lakegate.environment.EnvironmentSummary;
import io.lakegate.environment.Environments;
import io.lakegate.organization.OrganizationSummary;
import io.lakegate.organization.Organizations;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.tasks.BackgroundTasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the catalog index in step with the data assets: each change is indexed once its transaction commits,
 * before the call that made it returns, so the caller's next search sees it; a full reindex runs every 6 hours, when an admin asks, and at startup when the index is missing or unreadable.
 */
@Service
class CatalogIndexer {

    static final String REINDEX_TASK = "catalog-reindex";
    static final String SCHEDULED_REINDEX_TASK = "catalog-reindex-all";
    private static final int BATCH_SIZE = 2_000;

    private final CatalogIndex index;
    private final DataAssets assets;
    private final Environments environments;
    private final Organizations organizations;
    private final GlossaryRepository glossaries;
    private final VoteRepository votes;
    private final BackgroundTasks tasks;
    private final OneTimeTask<Void> reindexTask;

    CatalogIndexer(CatalogIndex index, DataAssets assets, Environments environments, Organizations organizations,
            GlossaryRepository glossaries, VoteRepository votes, BackgroundTasks tasks, OneTimeTask<Void> catalogReindexTask) {
        this.index = index;
        this.assets = assets;
        this.environments = environments;
        this.organizations = organizations;
        this.glossaries = glossaries;
        this.votes = votes;
        this.tasks = tasks;
        this.reindexTask = catalogReindexTask;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onAssetChanged(DataAssetChanged change) {
        if (change.removed()) {
            index.delete(change.uri());
        }
        else {
            reindex(change.type(), change.uri());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onEntryChanged(CatalogEntryChanged change) {
        reindex(change.type(), change.uri());
    }

    @EventListener(ApplicationReadyEvent.class)
    void reindexIfIncomplete() {
        if (index.needsFullReindex()) {
            requestReindex();
        }
    }

    /** Queues a full reindex; returns the task instance. */
    String requestReindex() {
        String instance = "reindex-" + ShortUris.next();
        tasks.runNow(reindexTask, instance, null);
        return instance;
    }

    /** Rebuilds the index from batches of assets, three queries a batch, in memory bounded by the batch. */
    void reindexAll() {
        Names names = new Names();
        index.replaceAll(sink -> assets.forEachBatch(BATCH_SIZE, batch -> {
            AssetType type = batch.getFirst().type();
            List<String> uris = batch.stream().map(DataAsset::uri).toList();
            Map<String, List<GlossaryTerm>> terms = new HashMap<>();
            glossaries.approvedLinksOf(type, uris).forEach(link -> terms.computeIfAbsent(
                    VoteRepository.key(link.targetType(), link.targetUri()), key -> new ArrayList<>()).add(term(link)));
            Map<String, Long> voteCounts = votes.counts(type, uris);
            batch.forEach(asset -> {
                String key = VoteRepository.key(asset.type(), asset.uri());
                sink.accept(entry(asset, names, terms.getOrDefault(key, List.of()), voteCounts.getOrDefault(key, 0L)));
            });
        }));
    }

    private void reindex(AssetType type, String uri) {
        assets.find(type, uri).ifPresentOrElse(asset -> index.upsert(entry(asset, new Names(),
                glossaries.linksOfTarget(type, uri).stream().filter(GlossaryLink::approved).map(CatalogIndexer::term).toList(),
                votes.count(type, uri))), () -> index.delete(uri));
    }

    private static CatalogAsset entry(DataAsset asset, Names names, List<GlossaryTerm> terms, long voteCount) {
        return new CatalogAsset(asset.uri(), io.lakegate.catalog.internal.index.AssetType.valueOf(asset.type().name()),
                asset.name(), asset.name(), asset.description(), asset.tags(), asset.topics(), asset.classification(),
                asset.region(), asset.environmentUri(), names.environment(asset.environmentUri()), asset.organizationUri(),
                names.organization(asset.organizationUri()), asset.ownerTeam(), asset.datasetUri(), terms,
                asset.columns().stream().map(column -> new ColumnText(column.name(), column.description())).toList(),
                voteCount, asset.createdAt(), asset.updatedAt());
    }

    private static GlossaryTerm term(GlossaryLink link) {
        return new GlossaryTerm(link.termUri(), link.termName(), link.termPath());
    }

    /** Environment and organization names, each looked up once per indexing pass. */
    private final class Names {

        private final Map<String, String> environmentNames = new HashMap<>();
        private final Map<String, String> organizationNames = new HashMap<>();

        String environment(String uri) {
            return environmentNames.computeIfAbsent(uri,
                    key -> environments.find(key).map(EnvironmentSummary::name).orElse(null));
        }

        String organization(String uri) {
            return organizationNames.computeIfAbsent(uri,
                    key -> organizations.find(key).map(OrganizationSummary::name).orElse(null));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TaskDefinitions {

        @Bean
        OneTimeTask<Void> catalogReindexTask(ObjectProvider<CatalogIndexer> indexer) {
            return Tasks.oneTime(REINDEX_TASK, Void.class).execute((instance, context) -> indexer.getObject().reindexAll());
        }

        @Bean
        RecurringTask<Void> catalogReindexAllTask(ObjectProvider<CatalogIndexer> indexer) {
            return Tasks.recurring(SCHEDULED_REINDEX_TASK, FixedDelay.ofHours(6))
                    .execute((instance, context) -> indexer.getObject().reindexAll());
        }
    }
}
