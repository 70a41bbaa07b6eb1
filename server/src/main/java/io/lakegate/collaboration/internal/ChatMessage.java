package io.lakegate.collaboration.internal;

import java.time.Instant;

import io.lakegate.dataset.AssetType;
import io.lakegate.identity.Principal;

/**
 * A message in the chat feed of a dataset, table or folder.
 *
 * @param author   the username or consumption principal name, as readers see it
 * @param authorId the username or consumption principal URI, which decides who may delete the message
 */
record ChatMessage(String uri, AssetType targetType, String targetUri, String author, String authorId,
        Principal.Kind authorKind, String body, Instant createdAt) {

    boolean isBy(Principal principal) {
        return authorKind == principal.kind() && authorId.equals(principal.id());
    }
}
