package io.lakegate.share.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.lakegate.access.Grants;
import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.ShareableDataset;
import io.lakegate.dataset.ShareableDatasets;
import io.lakegate.dataset.ShareableItem;
import io.lakegate.environment.EnvironmentPermission;
import io.lakegate.environment.Environments;
import io.lakegate.identity.Principal;
import io.lakegate.identity.TenantPermission;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.ShortUris;
import io.lakegate.share.internal.ShareApi.CreateShare;
import io.lakegate.share.internal.ShareApi.ItemReference;
import io.lakegate.share.internal.ShareApi.Role;
import io.lakegate.share.internal.ShareMachines.ItemAction;
import io.lakegate.share.internal.ShareMachines.ShareAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share requests through their life (guide 4.4): requesters (the requesting team) open a draft, add and remove
 * items, submit, revoke and delete; approvers (the dataset's owner and stewards teams) approve, reject, attach data
 * filters and revoke. Every change locks the share's row first, so that concurrent calls take turns, and moves
 * the share and its items only as {@link ShareMachines} allow. Approving and revoking queue the processing that
 * writes and removes the grants.
 */
@Service
class ShareService {

    private static final Set<ShareStatus> EXPIRY_EDITABLE = EnumSet.of(ShareStatus.DRAFT, ShareStatus.SUBMITTED,
            ShareStatus.REJECTED);

    private final ShareRepository shares;
    private final ShareableDatasets datasets;
    private final Environments environments;
    private final ShareAccess access;
    private final Grants grants;
    private final ShareProcessing processing;
    private final ShareNotices notices;

    ShareService(ShareRepository shares, ShareableDatasets datasets, Environments environments, ShareAccess access,
            Grants grants, ShareProcessing processing, ShareNotices notices) {
        this.shares = shares;
        this.datasets = datasets;
        this.environments = environments;
        this.access = access;
        this.grants = grants;
        this.processing = processing;
        this.notices = notices;
    }

    /** The new draft (created true), or the live share already open for that dataset and principal. */
    record Opened(boolean created, ShareApi.ShareView share) {
    }

    @Transactional
    Opened open(Principal principal, CreateShare request) {
        ShareableDataset dataset = datasets.find(request.datasetUri()).orElseThrow(() ->
                ApiProblem.invalid("datasetUri", "There is no dataset '%s'".formatted(request.datasetUri())));
        String team = request.requesterTeam();
        environments.requireTeamPermission(principal, request.environmentUri(), team, EnvironmentPermission.CREATE_SHARE,
                TenantPermission.MANAGE_SHARES);
        if (team.equals(dataset.ownerTeam()) || team.equals(dataset.stewardsTeam())) {
            throw ApiProblem.invalid("requesterTeam", "Team %s owns or stewards dataset %s and reads its data already"
                    .formatted(team, dataset.name()));
        }
        String principalUri = blankToNull(request.consumptionPrincipalUri());
        if (principalUri != null) {
            environments.findConsumptionPrincipal(principalUri)
                    .filter(candidate -> candidate.environmentUri().equals(request.environmentUri()))
                    .filter(candidate -> candidate.ownerTeam().equals(team))
                    .orElseThrow(() -> ApiProblem.invalid("consumptionPrincipalUri",
                            "There is no consumption principal '%s' of team %s in environment %s"
                                    .formatted(principalUri, team, request.environmentUri())));
        }
        requireAllowedExpiry(dataset, "expiryMonths", request.expiryMonths());
        Share draft = new Share(ShortUris.next(), dataset.uri(), request.environmentUri(), team, principalUri,
                ShareStatus.DRAFT, blankToNull(request.requestPurpose()), null, principal.id(), null, null,
                request.expiryMonths(), null, null);
        boolean created = shares.insert(draft);
        Share share = shares.findLive(dataset.uri(), request.environmentUri(), team, principalUri)
                .flatMap(live -> shares.lock(live.uri()))
                .orElseThrow(() -> ApiProblem.conflict("Share request for dataset %s was deleted meanwhile; try again"
                        .formatted(dataset.uri())));
        for (ItemReference item : request.itemsOrNone()) {
            share = addItem(principal, share, dataset, item);
        }
        return new Opened(created, view(principal, share.uri()));
    }

    ShareApi.ShareView get(Principal principal, String uri) {
        Share share = access.require(uri);
        access.requireAnyRole(principal, share, "GET_SHARE", EnumSet.allOf(Role.class));
        return view(principal, uri);
    }

    /** The live shares the caller's teams sent, or received for datasets they own or steward. */
    Page<ShareApi.ShareListItem> list(Principal principal, Role role, String status, PageRequest page) {
        List<String> sentBy = role == Role.APPROVER ? List.of() : List.copyOf(principal.teams());
        List<String> receivedFor = role == Role.REQUESTER ? List.of() : datasets.managedBy(principal.teams());
        return shares.list(sentBy, receivedFor, status, page).map(summary -> listItem(principal, summary));
    }

    /** The live shares of the dataset, for its owners and stewards. */
    List<ShareApi.ShareListItem> ofDataset(Principal principal, String datasetUri) {
        ShareableDataset dataset = datasets.find(datasetUri).orElseThrow(() -> ApiProblem.notFound("Dataset", datasetUri));
        access.requireApproverOf(principal, dataset, "LIST_DATASET_SHARES");
        return shares.ofDataset(datasetUri).stream()
                .map(share -> listItem(principal, shares.summary(share.uri())))
                .toList();
    }

    @Transactional
    ShareApi.ShareView addItem(Principal principal, String uri, ItemReference item) {
        Share share = access.lock(uri);
        ShareableDataset dataset = access.dataset(share);
        access.requireAnyRole(principal, share, "ADD_SHARE_ITEM", EnumSet.allOf(Role.class));
        addItem(principal, share, dataset, item);
        return view(principal, uri);
    }

    @Transactional
    ShareApi.ShareView removeItem(Principal principal, String uri, String itemUri) {
        Share share = access.lock(uri);
        access.requireAnyRole(principal, share, "REMOVE_SHARE_ITEM", EnumSet.allOf(Role.class));
        ShareItem item = requireItem(share, itemUri);
        move(principal.id(), item, ItemAction.REMOVE_ITEM, null);
        return view(principal, uri);
    }

    /** The requesters edit the purpose, and the expiry until the request is approved (then it takes an extension). */
    @Transactional
    ShareApi.ShareView update(Principal principal, String uri, ShareApi.UpdateShare request) {
        Share share = access.lock(uri);
        ShareableDataset dataset = access.dataset(share);
        access.requireAnyRole(principal, share, "UPDATE_SHARE", EnumSet.of(Role.REQUESTER));
        if (request.requestPurpose() != null) {
            shares.updatePurposes(uri, blankToNull(request.requestPurpose()), share.rejectPurpose());
        }
        if (request.expiryMonths() != null) {
            if (!EXPIRY_EDITABLE.contains(share.status())) {
                throw ApiProblem.conflict("The expiry of share request %s, %s, changes through an extension request"
                        .formatted(uri, share.status().label()));
            }
            requireAllowedExpiry(dataset, "expiryMonths", request.expiryMonths());
            shares.updateExpiryMonths(uri, request.expiryMonths());
        }
        return view(principal, uri);
    }

    @Transactional
    void submit(Principal principal, String uri) {
        Share share = access.lock(uri);
        ShareableDataset dataset = access.dataset(share);
        access.requireAnyRole(principal, share, "SUBMIT_SHARE", EnumSet.of(Role.REQUESTER));
        ShareStatus submitted = ShareMachines.SHARE.next(share.status(), ShareAction.SUBMIT);
        if (dataset.shareExpiry() != null && share.expiryMonths() == null) {
            throw ApiProblem.invalid("expiryMonths", "Dataset %s requires shares to expire: pick an expiry of %d to %d months"
                    .formatted(dataset.name(), dataset.shareExpiry().minMonths(), dataset.shareExpiry().maxMonths()));
        }
        requireAllowedExpiry(dataset, "expiryMonths", share.expiryMonths());
        List<ShareItem> items = shares.items(uri);
        items.stream().filter(item -> ShareMachines.ITEM.moves(item.status(), ItemAction.SUBMIT))
                .forEach(item -> move(principal.id(), item, ItemAction.SUBMIT, null));
        if (shares.items(uri).stream().noneMatch(item -> item.status() == ShareItemStatus.PENDING_APPROVAL)) {
            throw ApiProblem.conflict("Share request %s has no items to submit: add tables, folders or the dataset first"
                    .formatted(uri));
        }
        shares.updateStatus(uri, submitted);
        notices.submitted(principal.name(), share, dataset);
        if (dataset.autoApproval()) {
            approveLocked(principal, access.lock(uri), dataset);
        }
    }

    @Transactional
    void approve(Principal principal, String uri) {
        Share share = access.lock(uri);
        ShareableDataset dataset = access.dataset(share);
        access.requireAnyRole(principal, share, "APPROVE_SHARE", EnumSet.of(Role.APPROVER));
        approveLocked(principal, share, dataset);
    }

    private void approveLocked(Principal principal, Share share, ShareableDataset dataset) {
        ShareStatus approved = ShareMachines.SHARE.next(share.status(), ShareAction.APPROVE);
        shares.items(share.uri()).stream().filter(item -> item.status() == ShareItemStatus.PENDING_APPROVAL)
                .forEach(item -> move(principal.id(), item, ItemAction.APPROVE, null));
        shares.updateStatus(share.uri(), approved);
        if (share.expiryMonths() != null) {
            shares.updateExpiresAt(share.uri(), monthsFromNow(share.expiryMonths()));
        }
        processing.queue(share.uri(), principal.id());
        notices.approved(principal.name(), share, dataset);
    }

    @Transactional
    ShareApi.ShareView reject(Principal principal, String uri, ShareApi.Reject request) {
        Share share = access.lock(uri);
        ShareableDataset dataset = access.dataset(share);
        access.requireAnyRole(principal, share, "REJECT_SHARE", EnumSet.of(Role.APPROVER));
        ShareStatus rejected = ShareMachines.SHARE.next(share.status(), ShareAction.REJECT);
        shares.items(uri).stream().filter(item -> item.status() == ShareItemStatus.PENDING_APPROVAL)
                .forEach(item -> move(principal.id(), item, ItemAction.REJECT, null));
        shares.updateStatus(uri, rejected);
        shares.updatePurposes(uri, share.requestPurpose(), blankToNull(request.rejectPurpose()));
        notices.rejected(principal.name(), share, dataset, blankToNull(request.rejectPurpose()));
        return view(principal, uri);
    }

    @Transactional
    void revoke(Principal principal, String uri, ShareApi.ItemUris request) {
        Share share = access.lock(uri);
        ShareableDataset dataset = access.dataset(share);
        access.requireAnyRole(principal, share, "REVOKE_SHARE_ITEMS", EnumSet.allOf(Role.class));
        List<ShareItem> items = request.itemUris().stream().distinct().map(itemUri -> requireItem(share, itemUri)).toList();
        revokeLocked(principal.id(), principal.name(), share, dataset, items);
    }

    /**
     * Revokes every shared item of a share whose access has ended, as Lakegate; a pending extension request is
     * cancelled first. False when the share is busy (being processed): the next daily run tries again.
     */
    @Transactional
    boolean expire(String uri) {
        Share share = access.lock(uri);
        if (share.status() == ShareStatus.SUBMITTED_FOR_EXTENSION) {
            shares.updateStatus(uri, ShareMachines.SHARE.next(share.status(), ShareAction.CANCEL_EXTENSION));
            shares.updateExtensionMonths(uri, null);
            share = access.lock(uri);
        }
        if (!ShareMachines.SHARE.allows(share.status(), ShareAction.REVOKE_ITEMS)) {
            return false;
        }
        List<ShareItem> shared = shares.items(uri).stream().filter(item -> item.status().shared()).toList();
        ShareableDataset dataset = access.dataset(share);
        revokeLocked(ShareAccess.SYSTEM, ShareAccess.SYSTEM, share, dataset, shared);
        notices.expired(share, dataset, shared);
        return true;
    }

    private void revokeLocked(String actorId, String actorName, Share share, ShareableDataset dataset, List<ShareItem> items) {
        ShareStatus revoked = ShareMachines.SHARE.next(share.status(), ShareAction.REVOKE_ITEMS);
        items.forEach(item -> ShareMachines.ITEM.next(item.status(), ItemAction.REVOKE_ITEMS));
        items.forEach(item -> move(actorId, item, ItemAction.REVOKE_ITEMS, null));
        shares.updateStatus(share.uri(), revoked);
        processing.queue(share.uri(), actorId);
        notices.revoked(actorName, share, dataset, items);
    }

    /** The requesters ask for their access to last {@code months} more months from now. */
    @Transactional
    void requestExtension(Principal principal, String uri, ShareApi.Extension request) {
        Share share = access.lock(uri);
        ShareableDataset dataset = access.dataset(share);
        access.requireAnyRole(principal, share, "EXTEND_SHARE", EnumSet.of(Role.REQUESTER));
        if (share.expiresAt() == null) {
            throw ApiProblem.conflict("Share request %s does not expire; there is nothing to extend".formatted(uri));
        }
        ShareStatus next = ShareMachines.SHARE.next(share.status(), ShareAction.EXTENSION);
        requireAllowedExpiry(dataset, "expiryMonths", request.expiryMonths());
        shares.updateStatus(uri, next);
        shares.updateExtensionMonths(uri, request.expiryMonths());
        notices.extensionRequested(principal.name(), share, dataset, request.expiryMonths());
    }

    /** Approvers grant the extension: access now ends the asked months from now. */
    @Transactional
    void approveExtension(Principal principal, String uri) {
        Share share = access.lock(uri);
        ShareableDataset dataset = access.dataset(share);
        access.requireAnyRole(principal, share, "APPROVE_SHARE_EXTENSION", EnumSet.of(Role.APPROVER));
        shares.updateStatus(uri, ShareMachines.SHARE.next(share.status(), ShareAction.EXTENSION_APPROVE));
        shares.updateExpiresAt(uri, monthsFromNow(share.extensionMonths()));
        notices.extensionApproved(principal.name(), share, dataset);
    }

    @Transactional
    void rejectExtension(Principal principal, String uri) {
        Share share = access.lock(uri);
        ShareableDataset dataset = access.dataset(share);
        access.requireAnyRole(principal, share, "REJECT_SHARE_EXTENSION", EnumSet.of(Role.APPROVER));
        shares.updateStatus(uri, ShareMachines.SHARE.next(share.status(), ShareAction.EXTENSION_REJECT));
        shares.updateExtensionMonths(uri, null);
        notices.extensionRejected(principal.name(), share, dataset);
    }

    @Transactional
    void cancelExtension(Principal principal, String uri) {
        Share share = access.lock(uri);
        access.requireAnyRole(principal, share, "CANCEL_SHARE_EXTENSION", EnumSet.of(Role.REQUESTER));
        shares.updateStatus(uri, ShareMachines.SHARE.next(share.status(), ShareAction.CANCEL_EXTENSION));
        shares.updateExtensionMonths(uri, null);
    }

    @Transactional
    void delete(Principal principal, String uri) {
        Share share = access.lock(uri);
        access.requireAnyRole(principal, share, "DELETE_SHARE", EnumSet.of(Role.REQUESTER));
        ShareStatus deleted = ShareMachines.SHARE.next(share.status(), ShareAction.DELETE);
        List<ShareItem> items = shares.items(uri);
        items.forEach(item -> ShareMachines.ITEM.next(item.status(), ItemAction.DELETE));
        items.forEach(item -> move(principal.id(), item, ItemAction.DELETE, null));
        shares.updateStatus(uri, deleted);
    }

    @Transactional
    ShareApi.ShareView attachFilter(Principal principal, String uri, String itemUri, ShareApi.AttachFilter request) {
        Share share = access.lock(uri);
        access.requireAnyRole(principal, share, "ATTACH_DATA_FILTER", EnumSet.of(Role.APPROVER));
        ShareItem item = requireItem(share, itemUri);
        if (item.type() != AssetType.TABLE) {
            throw ApiProblem.invalid("filterUri", "Data filters apply to tables; item %s is a %s"
                    .formatted(itemUri, item.type().label().toLowerCase()));
        }
        if (item.status() != ShareItemStatus.PENDING_APPROVAL) {
            throw ApiProblem.conflict("A data filter is attached before approval; item %s is %s"
                    .formatted(itemUri, item.status().label()));
        }
        String filterUri = blankToNull(request.filterUri());
        if (filterUri != null && !grants.isFilterOf(filterUri, item.itemUri())) {
            throw ApiProblem.invalid("filterUri", "There is no data filter '%s' on table %s"
                    .formatted(filterUri, item.itemName()));
        }
        shares.updateItemFilter(itemUri, filterUri);
        return view(principal, uri);
    }

    /** What the dataset offers, and where each part stands in the share. */
    List<ShareApi.ShareableItemView> shareableItems(Principal principal, String uri) {
        Share share = access.require(uri);
        access.requireAnyRole(principal, share, "GET_SHARE", EnumSet.allOf(Role.class));
        Map<String, ShareItem> requested = shares.items(uri).stream()
                .collect(Collectors.toMap(ShareItem::itemUri, Function.identity()));
        return datasets.items(share.datasetUri()).stream().map(item -> {
            ShareItem inShare = requested.get(item.uri());
            return new ShareApi.ShareableItemView(item.type(), item.uri(), item.name(),
                    inShare == null ? null : inShare.uri(), inShare == null ? null : inShare.status());
        }).toList();
    }

    /** The share history of a table, folder or dataset, for the dataset's approvers. */
    List<ShareApi.ItemEvent> history(Principal principal, AssetType type, String itemUri) {
        ShareableItem item = datasets.findItem(type, itemUri).orElseThrow(() -> ApiProblem.notFound(type.label(), itemUri));
        ShareableDataset dataset = datasets.find(item.datasetUri()).orElseThrow(() -> ApiProblem.notFound(type.label(), itemUri));
        access.requireApproverOf(principal, dataset, "GET_SHARE_HISTORY");
        return shares.history(itemUri);
    }

    private Share addItem(Principal principal, Share share, ShareableDataset dataset, ItemReference reference) {
        ShareStatus status = ShareMachines.SHARE.next(share.status(), ShareAction.ADD_ITEM);
        ShareableItem target = datasets.findItem(reference.type(), reference.uri())
                .filter(candidate -> candidate.datasetUri().equals(dataset.uri()))
                .orElseThrow(() -> ApiProblem.invalid("uri", "There is no %s '%s' in dataset %s"
                        .formatted(reference.type().label().toLowerCase(), reference.uri(), dataset.name())));
        if (!shares.hasLiveItem(share.uri(), target.uri())) {
            ShareItem item = new ShareItem(ShortUris.next(), share.uri(), target.type(), target.uri(), target.name(),
                    ShareMachines.ITEM.next(ShareItemStatus.DELETED, ItemAction.ADD_ITEM), null, null, null, null, null,
                    null, null);
            shares.insertItem(item);
            shares.recordEvent(share.uri(), target.uri(), ItemAction.ADD_ITEM.name(), null, item.status(), principal.id(), null);
        }
        if (status != share.status()) {
            shares.updateStatus(share.uri(), status);
        }
        return shares.lock(share.uri()).orElseThrow();
    }

    /** Moves the item as the action says, and writes the move into the item's history. */
    private void move(String actor, ShareItem item, ItemAction action, String message) {
        ShareItemStatus target = ShareMachines.ITEM.next(item.status(), action);
        if (target != item.status()) {
            shares.updateItemStatus(item.uri(), target, target == ShareItemStatus.PENDING_APPROVAL ? null : item.failure());
            shares.recordEvent(item.shareUri(), item.itemUri(), action.name(), item.status(), target, actor, message);
        }
    }

    private ShareApi.ShareView view(Principal principal, String uri) {
        ShareRepository.ShareSummary summary = shares.summary(uri);
        Share share = summary.share();
        ShareableDataset dataset = access.dataset(share);
        return new ShareApi.ShareView(share.uri(), share.status(), reference(dataset), share.environmentUri(),
                share.requesterTeam(), share.principalUri(), share.requestPurpose(), share.rejectPurpose(),
                share.createdBy(), share.createdAt(), share.updatedAt(), share.expiryMonths(), share.expiresAt(),
                share.extensionMonths(), access.roles(principal, share, dataset), summary.counts(),
                shares.items(uri).stream().map(ShareApi.ItemView::of).toList());
    }

    private ShareApi.ShareListItem listItem(Principal principal, ShareRepository.ShareSummary summary) {
        Share share = summary.share();
        ShareableDataset dataset = access.dataset(share);
        return new ShareApi.ShareListItem(share.uri(), share.status(), reference(dataset), share.environmentUri(),
                share.requesterTeam(), share.principalUri(), share.requestPurpose(), share.createdBy(),
                share.createdAt(), share.expiresAt(), access.roles(principal, share, dataset), summary.counts());
    }

    private static ShareApi.DatasetReference reference(ShareableDataset dataset) {
        return new ShareApi.DatasetReference(dataset.uri(), dataset.name(), dataset.ownerTeam(), dataset.stewardsTeam(),
                dataset.environmentUri());
    }

    private ShareItem requireItem(Share share, String itemUri) {
        return shares.findItem(itemUri)
                .filter(item -> item.shareUri().equals(share.uri()) && item.status() != ShareItemStatus.DELETED)
                .orElseThrow(() -> ApiProblem.notFound("Share item", itemUri));
    }

    /** {@code months}, when given, must fit the dataset's expiry rule. */
    private static void requireAllowedExpiry(ShareableDataset dataset, String field, Integer months) {
        if (months != null && dataset.shareExpiry() != null && !dataset.shareExpiry().allows(months)) {
            throw ApiProblem.invalid(field, "Shares of dataset %s expire after %d to %d months, not %d"
                    .formatted(dataset.name(), dataset.shareExpiry().minMonths(), dataset.shareExpiry().maxMonths(), months));
        }
    }

    private static Instant monthsFromNow(int months) {
        return ZonedDateTime.now(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
