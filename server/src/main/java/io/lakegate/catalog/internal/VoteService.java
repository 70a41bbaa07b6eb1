package io.lakegate.catalog.internal;

import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.DataAssetChanged;
import io.lakegate.dataset.DataAssets;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Up-votes on datasets, tables and folders: one per principal and asset, for every signed-in principal. */
@Service
class VoteService {

    private final VoteRepository votes;
    private final DataAssets assets;
    private final ApplicationEventPublisher events;

    VoteService(VoteRepository votes, DataAssets assets, ApplicationEventPublisher events) {
        this.votes = votes;
        this.assets = assets;
        this.events = events;
    }

    Votes votes(Principal principal, AssetType type, String uri) {
        requireAsset(type, uri);
        return votes.votes(type, uri, principal.id());
    }

    Votes upvote(Principal principal, AssetType type, String uri) {
        requireAsset(type, uri);
        votes.add(type, uri, principal.id());
        events.publishEvent(new CatalogEntryChanged(type, uri));
        return votes.votes(type, uri, principal.id());
    }

    Votes remove(Principal principal, AssetType type, String uri) {
        requireAsset(type, uri);
        votes.remove(type, uri, principal.id());
        events.publishEvent(new CatalogEntryChanged(type, uri));
        return votes.votes(type, uri, principal.id());
    }

    @EventListener
    void onAssetChanged(DataAssetChanged change) {
        if (change.removed()) {
            votes.removeAll(change.type(), change.uri());
        }
    }

    private void requireAsset(AssetType type, String uri) {
        if (assets.find(type, uri).isEmpty()) {
            throw ApiProblem.notFound(type.label(), uri);
        }
    }

    /** An asset's up-votes and whether the caller is among them. */
    record Votes(long count, boolean upvoted) {
    }
}
