package io.lakegate.collaboration.internal;

import java.net.URI;

import io.lakegate.collaboration.internal.ChatService.MessageView;
import io.lakegate.collaboration.internal.ChatService.PostMessage;
import io.lakegate.dataset.AssetType;
import io.lakegate.identity.Principal;
import io.lakegate.platform.ApiProblem;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Chat feeds; {@code type} is {@code datasets}, {@code tables} or {@code folders}. */
@Tag(name = "Chat")
@RestController
class ChatController {

    private final ChatService chats;

    ChatController(ChatService chats) {
        this.chats = chats;
    }

    /** The asset's messages, newest first. */
    @GetMapping("/api/v1/chats/{type}/{uri}/messages")
    Page<MessageView> feed(@PathVariable String type, @PathVariable String uri,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return chats.feed(assetType(type), uri, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/chats/{type}/{uri}/messages")
    ResponseEntity<MessageView> post(Principal caller, @PathVariable String type, @PathVariable String uri,
            @Valid @RequestBody PostMessage request) {
        MessageView message = chats.post(caller, assetType(type), uri, request);
        return ResponseEntity.created(URI.create("/api/v1/chat-messages/" + message.uri())).body(message);
    }

    @GetMapping("/api/v1/chat-messages/{uri}")
    MessageView get(@PathVariable String uri) {
        return chats.get(uri);
    }

    /** For the message's author only. */
    @DeleteMapping("/api/v1/chat-messages/{uri}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Principal caller, @PathVariable String uri) {
        chats.delete(caller, uri);
    }

    private static AssetType assetType(String segment) {
        return AssetType.ofCollection(segment).orElseThrow(() -> ApiProblem.invalid("type",
                "'%s' has no chats; type must be datasets, tables or folders".formatted(segment)));
    }
}
