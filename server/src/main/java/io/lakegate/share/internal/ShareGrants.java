package io.lakegate.share.internal;

import java.util.Objects;
import java.util.Optional;

import io.lakegate.access.Grant;
import io.lakegate.access.GrantTarget;
import io.lakegate.access.Grants;
import io.lakegate.dataset.ShareableDatasets;
import io.lakegate.dataset.ShareableItem;
import org.springframework.stereotype.Component;

/**
 * What a share item means in {@code access}: a grant of read on the table (through the item's data filter), the
 * folder's prefix or the whole dataset, to the share's team or consumption principal, with the item as its source.
 */
@Component
class ShareGrants {

    private final Grants grants;
    private final ShareableDatasets datasets;

    ShareGrants(Grants grants, ShareableDatasets datasets) {
        this.grants = grants;
        this.datasets = datasets;
    }

    /** Writes the item's grant; the reason when it cannot. */
    Optional<String> grant(Share share, ShareItem item) {
        Optional<ShareableItem> target = target(item);
        if (target.isEmpty()) {
            return Optional.of(gone(item));
        }
        if (item.filterUri() != null && !grants.isFilterOf(item.filterUri(), item.itemUri())) {
            return Optional.of("its data filter %s no longer exists".formatted(item.filterUri()));
        }
        grants.grant(share.datasetUri(), grantTarget(target.get()), share.grantee(), item.filterUri(), item.uri(),
                share.createdBy());
        return Optional.empty();
    }

    /** Removes the item's grant, if it is there; never fails: a grant that is gone is revoked. */
    Optional<String> revoke(ShareItem item) {
        grants.revoke(item.uri());
        return Optional.empty();
    }

    /** What is wrong with the item's grant, or empty when it is in place as the item says. */
    Optional<String> verify(Share share, ShareItem item) {
        Optional<ShareableItem> target = target(item);
        if (target.isEmpty()) {
            return Optional.of(gone(item));
        }
        Optional<Grant> grant = grants.findBySource(item.uri());
        if (grant.isEmpty()) {
            return Optional.of("The grant of read on %s %s to %s is missing".formatted(item.type().label().toLowerCase(),
                    item.itemName(), share.grantee().id()));
        }
        if (!grant.get().target().equals(grantTarget(target.get())) || !grant.get().grantee().equals(share.grantee())
                || !Objects.equals(grant.get().filterUri(), item.filterUri())) {
            return Optional.of("The grant of read on %s %s does not match the share item: it is on %s %s for %s"
                    .formatted(item.type().label().toLowerCase(), item.itemName(),
                            grant.get().target().type().name().toLowerCase(), grant.get().target().uri(),
                            grant.get().grantee().id()));
        }
        return Optional.empty();
    }

    /** Writes the item's grant anew: removes whatever is there and grants again. */
    Optional<String> reapply(Share share, ShareItem item) {
        grants.revoke(item.uri());
        return grant(share, item);
    }

    private Optional<ShareableItem> target(ShareItem item) {
        return datasets.findItem(item.type(), item.itemUri());
    }

    private static String gone(ShareItem item) {
        return "%s %s no longer exists".formatted(item.type().label(), item.itemName());
    }

    private static GrantTarget grantTarget(ShareableItem target) {
        return switch (target.type()) {
            case DATASET -> GrantTarget.dataset(target.uri());
            case TABLE -> GrantTarget.table(target.uri());
            case FOLDER -> GrantTarget.folder(target.uri(), target.prefix());
        };
    }
}
