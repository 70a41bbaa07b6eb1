package io.lakegate.share.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.ShareExpiryRule;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The share requests' API: what callers send and what they get back. */
final class ShareApi {

    static final int MAX_PURPOSE = 2000;

    private ShareApi() {
    }

    /**
     * Opens a draft for the dataset, the requester team in its environment and an optional consumption principal
     * of that team there; the draft already open for that combination is reused. {@code items} are added to it.
     */
    record CreateShare(@NotBlank String datasetUri, @NotBlank String environmentUri, @NotBlank String requesterTeam,
            String consumptionPrincipalUri, @Size(max = MAX_PURPOSE) String requestPurpose,
            @Min(1) @Max(ShareExpiryRule.LONGEST_MONTHS) Integer expiryMonths, @Valid List<ItemReference> items) {

        List<ItemReference> itemsOrNone() {
            return items == null ? List.of() : items;
        }
    }

    /** A table, a folder, or the whole dataset ({@code type} DATASET with the dataset's uri). */
    record ItemReference(@NotNull AssetType type, @NotBlank String uri) {
    }

    /** What requesters edit; null leaves a field as it is. */
    record UpdateShare(@Size(max = MAX_PURPOSE) String requestPurpose,
            @Min(1) @Max(ShareExpiryRule.LONGEST_MONTHS) Integer expiryMonths) {
    }

    /** How many more months, from now, the access should last. */
    record Extension(@NotNull @Min(1) @Max(ShareExpiryRule.LONGEST_MONTHS) Integer expiryMonths) {
    }

    record Reject(@Size(max = MAX_PURPOSE) String rejectPurpose) {
    }

    record ItemUris(@NotEmpty List<@NotBlank String> itemUris) {
    }

    /** The items to verify; none means every item of the share in a shared state. */
    record VerifyItems(List<@NotBlank String> itemUris) {
    }

    /** The data filter to attach to a table item, or null to detach it. */
    record AttachFilter(String filterUri) {
    }

    enum Role { REQUESTER, APPROVER }

    enum RunKind { PROCESSING, VERIFY, REAPPLY }

    record ItemCounts(long shared, long revoked, long failed, long pending) {
    }

    record DatasetReference(String uri, String name, String ownerTeam, String stewardsTeam, String environmentUri) {
    }

    record ShareView(String uri, ShareStatus status, DatasetReference dataset, String environmentUri,
            String requesterTeam, String consumptionPrincipalUri, String requestPurpose, String rejectPurpose,
            String createdBy, Instant createdAt, Instant updatedAt, Integer expiryMonths, Instant expiresAt,
            Integer extensionMonths, Set<Role> roles, ItemCounts counts, List<ItemView> items) {
    }

    record ShareListItem(String uri, ShareStatus status, DatasetReference dataset, String environmentUri,
            String requesterTeam, String consumptionPrincipalUri, String requestPurpose, String createdBy,
            Instant createdAt, Instant expiresAt, Set<Role> roles, ItemCounts counts) {
    }

    record ItemView(String uri, AssetType type, String itemUri, String name, ShareItemStatus status, String filterUri,
            String failure, HealthStatus healthStatus, String healthMessage, Instant lastVerifiedAt) {

        static ItemView of(ShareItem item) {
            return new ItemView(item.uri(), item.type(), item.itemUri(), item.itemName(), item.status(), item.filterUri(),
                    item.failure(), item.health(), item.healthMessage(), item.lastVerifiedAt());
        }
    }

    /** A part of the dataset and where it stands in this share: null status when it is not requested. */
    record ShareableItemView(AssetType type, String itemUri, String name, String shareItemUri, ShareItemStatus status) {
    }

    record ItemEvent(String shareUri, String requesterTeam, String action, String fromStatus, String toStatus,
            String actor, String message, Instant at) {
    }

    record Run(String uri, RunKind kind, String status, String requestedBy, Instant startedAt, Instant finishedAt) {
    }

    record LogLine(Instant at, String level, String message) {
    }

    record RunLog(Run run, List<LogLine> lines) {
    }
}
