package io.lakegate.share.internal;

import java.net.URI;
import java.util.List;

import io.lakegate.dataset.AssetType;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.share.internal.ShareApi.AttachFilter;
import io.lakegate.share.internal.ShareApi.CreateShare;
import io.lakegate.share.internal.ShareApi.Extension;
import io.lakegate.share.internal.ShareApi.ItemEvent;
import io.lakegate.share.internal.ShareApi.ItemReference;
import io.lakegate.share.internal.ShareApi.ItemUris;
import io.lakegate.share.internal.ShareApi.Reject;
import io.lakegate.share.internal.ShareApi.Role;
import io.lakegate.share.internal.ShareApi.RunLog;
import io.lakegate.share.internal.ShareApi.ShareListItem;
import io.lakegate.share.internal.ShareApi.ShareView;
import io.lakegate.share.internal.ShareApi.ShareableItemView;
import io.lakegate.share.internal.ShareApi.UpdateShare;
import io.lakegate.share.internal.ShareApi.VerifyItems;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Shares")
@RestController
class ShareController {

    private final ShareService shares;
    private final ShareProcessing processing;
    private final ShareVerification verification;
    private final ShareLogs logs;

    ShareController(ShareService shares, ShareProcessing processing, ShareVerification verification, ShareLogs logs) {
        this.shares = shares;
        this.processing = processing;
        this.verification = verification;
        this.logs = logs;
    }

    /** A new draft (201), or the live request already open for that dataset and principal (200). */
    @PostMapping("/api/v1/shares")
    ResponseEntity<ShareView> open(Principal caller, @Valid @RequestBody CreateShare request) {
        ShareService.Opened opened = shares.open(caller, request);
        return opened.created()
                ? ResponseEntity.created(URI.create("/api/v1/shares/" + opened.share().uri())).body(opened.share())
                : ResponseEntity.ok(opened.share());
    }

    /** Sent (role REQUESTER), received (role APPROVER), or both. */
    @GetMapping("/api/v1/shares")
    Page<ShareListItem> list(Principal caller, @RequestParam(required = false) Role role,
            @RequestParam(required = false) ShareStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return shares.list(caller, role, status == null ? null : status.name(), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/shares/{uri}")
    ShareView get(Principal caller, @PathVariable String uri) {
        return shares.get(caller, uri);
    }

    @PatchMapping("/api/v1/shares/{uri}")
    ShareView update(Principal caller, @PathVariable String uri, @Valid @RequestBody UpdateShare request) {
        return shares.update(caller, uri, request);
    }

    /** The requesters ask for their access to last more months (guide: share extension). */
    @PostMapping("/api/v1/shares/{uri}/extension")
    ShareView requestExtension(Principal caller, @PathVariable String uri, @Valid @RequestBody Extension request) {
        shares.requestExtension(caller, uri, request);
        return shares.get(caller, uri);
    }

    @PostMapping("/api/v1/shares/{uri}/extension/approve")
    ShareView approveExtension(Principal caller, @PathVariable String uri) {
        shares.approveExtension(caller, uri);
        return shares.get(caller, uri);
    }

    @PostMapping("/api/v1/shares/{uri}/extension/reject")
    ShareView rejectExtension(Principal caller, @PathVariable String uri) {
        shares.rejectExtension(caller, uri);
        return shares.get(caller, uri);
    }

    @PostMapping("/api/v1/shares/{uri}/extension/cancel")
    ShareView cancelExtension(Principal caller, @PathVariable String uri) {
        shares.cancelExtension(caller, uri);
        return shares.get(caller, uri);
    }

    @DeleteMapping("/api/v1/shares/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Principal caller, @PathVariable String uri) {
        shares.delete(caller, uri);
    }

    @GetMapping("/api/v1/shares/{uri}/shareable-items")
    List<ShareableItemView> shareableItems(Principal caller, @PathVariable String uri) {
        return shares.shareableItems(caller, uri);
    }

    @PostMapping("/api/v1/shares/{uri}/items")
    ShareView addItem(Principal caller, @PathVariable String uri, @Valid @RequestBody ItemReference item) {
        return shares.addItem(caller, uri, item);
    }

    @DeleteMapping("/api/v1/shares/{uri}/items/{item}")
    ShareView removeItem(Principal caller, @PathVariable String uri, @PathVariable String item) {
        return shares.removeItem(caller, uri, item);
    }

    @PutMapping("/api/v1/shares/{uri}/items/{item}/data-filter")
    ShareView attachFilter(Principal caller, @PathVariable String uri, @PathVariable String item,
            @Valid @RequestBody AttachFilter request) {
        return shares.attachFilter(caller, uri, item, request);
    }

    /** Submits; a dataset with auto-approval approves at once, and the answer waits for the processing. */
    @PostMapping("/api/v1/shares/{uri}/submit")
    ShareView submit(Principal caller, @PathVariable String uri) {
        shares.submit(caller, uri);
        return settled(caller, uri);
    }

    /**
     * Approves and waits for the processing (a few seconds at most), so the answer tells whether access is there;
     * with {@code wait=false} it answers as soon as the decision is recorded and the processing queued.
     */
    @PostMapping("/api/v1/shares/{uri}/approve")
    ShareView approve(Principal caller, @PathVariable String uri, @RequestParam(defaultValue = "true") boolean wait) {
        shares.approve(caller, uri);
        return wait ? settled(caller, uri) : shares.get(caller, uri);
    }

    @PostMapping("/api/v1/shares/{uri}/reject")
    ShareView reject(Principal caller, @PathVariable String uri, @Valid @RequestBody(required = false) Reject request) {
        return shares.reject(caller, uri, request == null ? new Reject(null) : request);
    }

    /** Revokes the items and waits for the processing, as approve does. */
    @PostMapping("/api/v1/shares/{uri}/revoke")
    ShareView revoke(Principal caller, @PathVariable String uri, @Valid @RequestBody ItemUris request) {
        shares.revoke(caller, uri, request);
        return settled(caller, uri);
    }

    @PostMapping("/api/v1/shares/{uri}/verify")
    RunLog verify(Principal caller, @PathVariable String uri, @Valid @RequestBody(required = false) VerifyItems request) {
        return verification.verify(caller, uri, chosen(request));
    }

    @PostMapping("/api/v1/shares/{uri}/reapply")
    RunLog reapply(Principal caller, @PathVariable String uri, @Valid @RequestBody(required = false) VerifyItems request) {
        return verification.reapply(caller, uri, chosen(request));
    }

    /** The share's latest runs (processing, verify, re-apply), newest first, each with its log; for approvers. */
    @GetMapping("/api/v1/shares/{uri}/logs")
    List<RunLog> logs(Principal caller, @PathVariable String uri) {
        return logs.latest(caller, uri);
    }

    @GetMapping("/api/v1/datasets/{uri}/shares")
    List<ShareListItem> ofDataset(Principal caller, @PathVariable String uri) {
        return shares.ofDataset(caller, uri);
    }

    @PostMapping("/api/v1/datasets/{uri}/shares/verify")
    List<RunLog> verifyDataset(Principal caller, @PathVariable String uri) {
        return verification.verifyDataset(caller, uri);
    }

    /** Every share of a dataset, table or folder, item move by item move; for the dataset's approvers. */
    @GetMapping("/api/v1/share-history/{collection}/{uri}")
    List<ItemEvent> history(Principal caller, @PathVariable String collection, @PathVariable String uri) {
        AssetType type = AssetType.ofCollection(collection).orElseThrow(() -> ApiProblem.notFound("Kind of asset", collection));
        return shares.history(caller, type, uri);
    }

    private ShareView settled(Principal caller, String uri) {
        processing.awaitProcessed(uri);
        return shares.get(caller, uri);
    }

    private static List<String> chosen(VerifyItems request) {
        return request == null || request.itemUris() == null ? List.of() : request.itemUris();
    }
}
