package io.lakegate.collaboration.internal;

import io.lakegate.collaboration.internal.NotificationInbox.UnreadCount;
import io.lakegate.identity.Principal;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications. */
@Tag(name = "Notifications")
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    private final NotificationInbox inbox;

    NotificationController(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    /** Newest first; with {@code unread=true} only those not read yet. */
    @GetMapping
    Page<ReceivedNotification> list(Principal caller, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inbox.list(caller, unread, PageRequest.of(page, size));
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount(Principal caller) {
        return inbox.unreadCount(caller);
    }

    @PostMapping("/{uri}/read")
    ReceivedNotification markRead(Principal caller, @PathVariable String uri) {
        return inbox.markRead(caller, uri);
    }

    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markAllRead(Principal caller) {
        inbox.markAllRead(caller);
    }
}
