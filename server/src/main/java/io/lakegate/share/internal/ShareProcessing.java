package io.lakegate.share.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.lakegate.dataset.ShareableDatasets;
import io.lakegate.platform.ShortUris;
import io.lakegate.platform.tasks.BackgroundTasks;
import io.lakegate.share.internal.ShareApi.RunKind;
import io.lakegate.share.internal.ShareMachines.ItemAction;
import io.lakegate.share.internal.ShareMachines.ShareAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes approved and revoked shares: one task run per share moves it and its items to in progress, writes or
 * removes each item's grant in a transaction of its own (which also locks the share's dataset and principal, so
 * that processing of two shares for the same grantee never interleaves), and finishes the share. Every step
 * writes the run's log. A run cut short by a dead process is done again: at startup, and whenever a task for the
 * share runs, shares still in progress are taken up where they stand, and grants are written once per item.
 */
@Service
class ShareProcessing {

    static final String TASK = "share-processing";
    static final String VERIFY_ALL_TASK = "share-verify-all";
    private static final Logger log = LoggerFactory.getLogger(ShareProcessing.class);
    private static final long AWAIT_MILLIS = 5_000;
    private static final Set<ShareStatus> PROCESSING = EnumSet.of(ShareStatus.APPROVED, ShareStatus.REVOKED,
            ShareStatus.SHARE_IN_PROGRESS, ShareStatus.REVOKE_IN_PROGRESS);

    private final ShareRepository shares;
    private final ShareRunRepository runs;
    private final ShareGrants grants;
    private final BackgroundTasks tasks;
    private final OneTimeTask<String> task;
    private final TransactionTemplate transactions;
    private final ShareNotices notices;
    private final ShareableDatasets datasets;

    ShareProcessing(ShareRepository shares, ShareRunRepository runs, ShareGrants grants, BackgroundTasks tasks,
            OneTimeTask<String> shareProcessingTask, TransactionTemplate transactions, ShareNotices notices,
            ShareableDatasets datasets) {
        this.shares = shares;
        this.runs = runs;
        this.grants = grants;
        this.tasks = tasks;
        this.task = shareProcessingTask;
        this.transactions = transactions;
        this.notices = notices;
        this.datasets = datasets;
    }

    /** Queues processing of the share; inside a transaction, it starts once that commits. */
    void queue(String shareUri, String requestedBy) {
        tasks.runNow(task, shareUri + "-" + ShortUris.next(), shareUri + " " + requestedBy);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        List<String> waiting = shares.inStatus(PROCESSING);
        if (!waiting.isEmpty()) {
            log.info("Resuming the processing of {} share(s) that a previous run left unfinished", waiting.size());
            waiting.forEach(uri -> queue(uri, ShareAccess.SYSTEM));
        }
    }

    /**
     * Waits until the share is no longer waiting for or in processing, or {@value #AWAIT_MILLIS} ms have passed,
     * so that a decision's answer shows its outcome: access follows approval at once.
     */
    void awaitProcessed(String shareUri) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(AWAIT_MILLIS);
        while (shares.find(shareUri).map(share -> PROCESSING.contains(share.status())).orElse(false)
                && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** One processing run of the share, alone; nothing happens when the share waits for nothing. */
    void process(String shareUri, String requestedBy) {
        shares.whileProcessing(shareUri, () -> processAlone(shareUri, requestedBy));
    }

    private void processAlone(String shareUri, String requestedBy) {
        Optional<String> started = transactions.execute(status -> start(shareUri, requestedBy));
        if (started.isEmpty()) {
            return;
        }
        String run = started.get();
        for (ShareItem item : shares.items(shareUri)) {
            if (item.status() == ShareItemStatus.SHARE_IN_PROGRESS || item.status() == ShareItemStatus.REVOKE_IN_PROGRESS) {
                transactions.executeWithoutResult(status -> processItem(run, shareUri, item.uri()));
            }
        }
        transactions.executeWithoutResult(status -> finish(run, shareUri));
    }

    private Optional<String> start(String shareUri, String requestedBy) {
        Optional<Share> locked = shares.lock(shareUri);
        if (locked.isEmpty() || !ShareMachines.SHARE.allows(locked.get().status(), ShareAction.START)) {
            return Optional.empty();
        }
        Share share = locked.get();
        boolean resumed = runs.interruptRunning(shareUri) > 0;
        String run = ShortUris.next();
        runs.insert(run, shareUri, RunKind.PROCESSING, requestedBy);
        ShareStatus status = ShareMachines.SHARE.next(share.status(), ShareAction.START);
        shares.updateStatus(shareUri, status);
        List<ShareItem> items = shares.items(shareUri);
        for (ShareItem item : items) {
            if (ShareMachines.ITEM.moves(item.status(), ItemAction.START)) {
                ShareItemStatus next = ShareMachines.ITEM.next(item.status(), ItemAction.START);
                shares.updateItemStatus(item.uri(), next, null);
                shares.recordEvent(shareUri, item.itemUri(), ItemAction.START.name(), item.status(), next, ShareAccess.SYSTEM, null);
            }
        }
        runs.log(run, "INFO", "%s %s for %s: %s".formatted(resumed ? "Resumed" : "Started",
                status == ShareStatus.SHARE_IN_PROGRESS ? "sharing" : "revoking", share.grantee().type().name().toLowerCase()
                        .replace('_', ' ') + " " + share.grantee().id(), describe(shares.items(shareUri))));
        return Optional.of(run);
    }

    private void processItem(String run, String shareUri, String itemUri) {
        Share share = shares.lock(shareUri).orElseThrow();
        ShareItem item = shares.findItem(itemUri).orElseThrow();
        boolean sharing = item.status() == ShareItemStatus.SHARE_IN_PROGRESS;
        if (!sharing && item.status() != ShareItemStatus.REVOKE_IN_PROGRESS) {
            return;
        }
        shares.lockGrantee(share);
        String what = "%s %s".formatted(item.type().label(), item.itemName());
        Optional<String> failure = sharing ? grants.grant(share, item) : grants.revoke(item);
        ShareItemStatus next = ShareMachines.ITEM.next(item.status(), failure.isEmpty() ? ItemAction.SUCCESS : ItemAction.FAILURE);
        shares.updateItemStatus(item.uri(), next, failure.orElse(null));
        shares.recordEvent(shareUri, item.itemUri(), (failure.isEmpty() ? ItemAction.SUCCESS : ItemAction.FAILURE).name(),
                item.status(), next, ShareAccess.SYSTEM, failure.orElse(null));
        if (sharing && failure.isEmpty()) {
            shares.updateItemHealth(item.uri(), HealthStatus.HEALTHY, null, Instant.now());
        }
        runs.log(run, failure.isEmpty() ? "INFO" : "ERROR", failure
                .map(reason -> "%s: %s failed: %s".formatted(what, sharing ? "sharing" : "revoking", reason))
                .orElse("%s: %s".formatted(what, sharing ? "read granted" : "read revoked")));
    }

    private void finish(String run, String shareUri) {
        Share share = shares.lock(shareUri).orElseThrow();
        if (!ShareMachines.SHARE.allows(share.status(), ShareAction.FINISH)) {
            return;
        }
        List<ShareItem> items = shares.items(shareUri);
        boolean pending = items.stream().anyMatch(item -> item.status() == ShareItemStatus.PENDING_APPROVAL);
        ShareAction action = share.status() == ShareStatus.REVOKE_IN_PROGRESS && pending
                ? ShareAction.FINISH_PENDING : ShareAction.FINISH;
        ShareStatus next = ShareMachines.SHARE.next(share.status(), action);
        shares.updateStatus(shareUri, next);
        long failed = items.stream().filter(item -> item.status() == ShareItemStatus.SHARE_FAILED
                || item.status() == ShareItemStatus.REVOKE_FAILED).count();
        runs.log(run, failed == 0 ? "INFO" : "WARN", "Finished: share request is %s; %s".formatted(next.label(), describe(items)));
        runs.finish(run, failed == 0 ? "SUCCEEDED" : "FAILED");
        datasets.find(share.datasetUri()).ifPresent(dataset -> notices.processed(share, dataset, items));
    }

    /** How many items are in each state, e.g. "3 items: 2 Share_Succeeded, 1 Share_Failed". */
    private static String describe(List<ShareItem> items) {
        Map<ShareItemStatus, Long> counts = items.stream()
                .collect(Collectors.groupingBy(ShareItem::status, () -> new EnumMap<>(ShareItemStatus.class), Collectors.counting()));
        return "%d item%s%s".formatted(items.size(), items.size() == 1 ? "" : "s", counts.isEmpty() ? "" : ": " + String.join(", ",
                counts.entrySet().stream().map(count -> count.getValue() + " " + count.getKey().label()).toList()));
    }

    @Configuration(proxyBeanMethods = false)
    static class TaskDefinitions {

        @Bean
        OneTimeTask<String> shareProcessingTask(ObjectProvider<ShareProcessing> processing) {
            return Tasks.oneTime(TASK, String.class).execute((instance, context) -> {
                String[] shareAndRequester = instance.getData().split(" ", 2);
                processing.getObject().process(shareAndRequester[0], shareAndRequester[1]);
            });
        }

        @Bean
        RecurringTask<Void> shareVerifyAllTask(ObjectProvider<ShareVerification> verification) {
            return Tasks.recurring(VERIFY_ALL_TASK, FixedDelay.of(Duration.ofDays(7)))
                    .execute((instance, context) -> verification.getObject().verifyAll());
        }
    }
}
