package io.lakegate.collaboration.internal;

import java.time.Instant;

import io.lakegate.dataset.AssetType;
import io.lakegate.dataset.DataAssetChanged;
import io.lakegate.dataset.DataAssets;
import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.ShortUris;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Chat feeds on datasets, tables and folders (guide 4.1.9). A feed is as visible as its asset's metadata, which
 * every signed-in principal sees: all of them read and post. Only its author deletes a message. A removed asset
 * takes its feed with it.
 */
@Service
class ChatService {

    static final int MAX_BODY = 4000;

    private final ChatRepository messages;
    private final DataAssets assets;
    private final Authorizer authorizer;

    ChatService(ChatRepository messages, DataAssets assets, Authorizer authorizer) {
        this.messages = messages;
        this.assets = assets;
        this.authorizer = authorizer;
    }

    Page<MessageView> feed(AssetType type, String uri, PageRequest page) {
        requireAsset(type, uri);
        return messages.feed(type, uri, page).map(ChatService::view);
    }

    MessageView post(Principal principal, AssetType type, String uri, PostMessage request) {
        requireAsset(type, uri);
        if (request.body().isBlank()) {
            throw ApiProblem.invalid("body", "body must not be blank");
        }
        return view(messages.insert(new ChatMessage(ShortUris.next(), type, uri, principal.name(), principal.id(),
                principal.kind(), request.body().strip(), null)));
    }

    MessageView get(String uri) {
        return view(require(uri));
    }

    void delete(Principal principal, String uri) {
        if (!require(uri).isBy(principal)) {
            throw authorizer.denied(principal, "DELETE_CHAT_MESSAGE", "chat message " + uri);
        }
        messages.delete(uri);
    }

    /** Runs inside the transaction that removes the asset, so the feed goes with it or not at all. */
    @EventListener
    void onAssetChanged(DataAssetChanged change) {
        if (change.removed()) {
            messages.deleteFeed(change.type(), change.uri());
        }
    }

    private void requireAsset(AssetType type, String uri) {
        if (assets.find(type, uri).isEmpty()) {
            throw ApiProblem.notFound(type.label(), uri);
        }
    }

    private ChatMessage require(String uri) {
        return messages.find(uri).orElseThrow(() -> ApiProblem.notFound("Chat message", uri));
    }

    private static MessageView view(ChatMessage message) {
        return new MessageView(message.uri(), message.targetType(), message.targetUri(), message.author(),
                message.authorKind(), message.body(), message.createdAt());
    }

    /** Blank means blank after {@link String#strip()}, which bean validation's {@code @NotBlank} does not check. */
    record PostMessage(@NotNull @Size(max = MAX_BODY) String body) {
    }

    record MessageView(String uri, AssetType targetType, String targetUri, String author, Principal.Kind authorKind,
            String body, Instant createdAt) {
    }
}
