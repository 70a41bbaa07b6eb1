package io.lakegate.share.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.lakegate.dataset.ShareableDataset;
import io.lakegate.dataset.ShareableDatasets;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.ShortUris;
import io.lakegate.share.internal.ShareApi.RunKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verify and re-apply (guide 4.4.5): a verify checks the grant of each shared item (Share_Succeeded or
 * Revoke_Failed) and records Healthy or Unhealthy with a message and the time; a re-apply writes the grant of each
 * unhealthy item anew. Requesters and approvers verify a share; owners and stewards verify all shares of a dataset
 * and re-apply; every share is verified weekly. Each is a run with a log, one transaction per share.
 */
@Service
class ShareVerification {


    private final ShareRepository shares;
    private final ShareRunRepository runs;
    private final ShareGrants grants;
    private final ShareableDatasets datasets;
    private final ShareAccess access;
    private final TransactionTemplate transactions;

    ShareVerification(ShareRepository shares, ShareRunRepository runs, ShareGrants grants, ShareableDatasets datasets,
            ShareAccess access, TransactionTemplate transactions) {
        this.shares = shares;
        this.runs = runs;
        this.grants = grants;
        this.datasets = datasets;
        this.access = access;
        this.transactions = transactions;
    }

    /** Verifies the chosen items of the share, or all its shared items when none are chosen. */
    ShareApi.RunLog verify(Principal principal, String shareUri, List<String> itemUris) {
        Share share = access.require(shareUri);
        access.requireAnyRole(principal, share, "VERIFY_SHARE_ITEMS", EnumSet.allOf(ShareApi.Role.class));
        return inTransaction(shareUri, () -> verifyShare(shareUri, itemUris, principal.id()));
    }

    /** Verifies every live share of the dataset, for its owners and stewards; the runs, one per share. */
    List<ShareApi.RunLog> verifyDataset(Principal principal, String datasetUri) {
        ShareableDataset dataset = datasets.find(datasetUri).orElseThrow(() -> ApiProblem.notFound("Dataset", datasetUri));
        access.requireApproverOf(principal, dataset, "VERIFY_DATASET_SHARES");
        return shares.ofDataset(datasetUri).stream()
                .map(share -> transactions.execute(status -> verifyShare(share.uri(), List.of(), principal.id())))
                .flatMap(Optional::stream)
                .toList();
    }

    void verifyAll() {
        shares.sharesWithSharedItems().forEach(uri -> transactions.executeWithoutResult(status -> verifyShare(uri, List.of(), ShareAccess.SYSTEM)));
    }

    /** Writes the grants of the chosen unhealthy items anew, or of all unhealthy items when none are chosen. */
    ShareApi.RunLog reapply(Principal principal, String shareUri, List<String> itemUris) {
        Share share = access.require(shareUri);
        access.requireAnyRole(principal, share, "REAPPLY_SHARE_ITEMS", EnumSet.of(ShareApi.Role.APPROVER));
        return inTransaction(shareUri, () -> run(shareUri, itemUris, RunKind.REAPPLY, principal.id(),
                item -> item.health() == HealthStatus.UNHEALTHY, (locked, item) -> grants.reapply(locked, item)));
    }

    private Optional<ShareApi.RunLog> verifyShare(String shareUri, List<String> itemUris, String by) {
        return run(shareUri, itemUris, RunKind.VERIFY, by, item -> true, grants::verify);
    }

    private interface ItemCheck {
        Optional<String> apply(Share share, ShareItem item);
    }

    /** One run over the share's shared items that {@code eligible} keeps (and that are chosen, if any are). */
    private Optional<ShareApi.RunLog> run(String shareUri, List<String> chosen, RunKind kind, String by,
            Predicate<ShareItem> eligible, ItemCheck check) {
        Optional<Share> locked = shares.lock(shareUri).filter(share -> share.status() != ShareStatus.DELETED);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Share share = locked.get();
        List<ShareItem> items = shares.items(shareUri).stream()
                .filter(item -> item.status().shared())
                .filter(item -> chosen.isEmpty() || chosen.contains(item.uri()))
                .filter(eligible)
                .toList();
        if (!chosen.isEmpty() && items.size() != chosen.stream().distinct().count()) {
            throw ApiProblem.conflict("Only shared items (Share_Succeeded or Revoke_Failed)%s can be %s: %s".formatted(
                    kind == RunKind.REAPPLY ? " that are unhealthy" : "", kind == RunKind.REAPPLY ? "re-applied" : "verified",
                    String.join(", ", chosen.stream().filter(uri -> items.stream().noneMatch(item -> item.uri().equals(uri))).toList())));
        }
        String run = ShortUris.next();
        runs.insert(run, shareUri, kind, by);
        Instant now = Instant.now();
        boolean allHealthy = true;
        for (ShareItem item : items) {
            Optional<String> problem = check.apply(share, item);
            allHealthy &= problem.isEmpty();
            shares.updateItemHealth(item.uri(), problem.isEmpty() ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY,
                    problem.orElse(null), now);
            runs.log(run, problem.isEmpty() ? "INFO" : "WARN", "%s %s: %s".formatted(item.type().label(), item.itemName(),
                    problem.map(message -> "unhealthy: " + message)
                            .orElse(kind == RunKind.REAPPLY ? "grant written anew, healthy" : "healthy")));
        }
        if (items.isEmpty()) {
            runs.log(run, "INFO", kind == RunKind.REAPPLY ? "No unhealthy items to re-apply" : "No shared items to verify");
        }
        runs.finish(run, allHealthy ? "SUCCEEDED" : "FAILED");
        return runs.find(shareUri, run).map(found -> new ShareApi.RunLog(found, runs.log(run)));
    }

    /** The run's log; the share was just found, so only a share deleted meanwhile makes it a 404. */
    private ShareApi.RunLog inTransaction(String shareUri, Supplier<Optional<ShareApi.RunLog>> work) {
        return transactions.execute(status -> work.get()).orElseThrow(() -> ApiProblem.notFound("Share", shareUri));
    }
}
