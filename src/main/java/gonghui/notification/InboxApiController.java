package gonghui.notification;

import gonghui.access.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "notifications")
record InboxApiController(Inbox inbox) {

    @GetMapping("/api/v1/notifications")
    @Operation(summary = "The caller's notifications, newest first, in the caller's language (?lang=en for English)")
    InboxPage listNotifications(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + InboxController.PAGE_SIZE) int size,
            CurrentUser user,
            Locale locale) {
        return inbox.page(user, page, Math.min(Math.max(size, 1), 100), locale);
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable long id, CurrentUser user) {
        inbox.markRead(id, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/notifications/read")
    @Operation(summary = "Mark all of the caller's notifications read")
    ResponseEntity<Void> markAllRead(CurrentUser user) {
        inbox.markAllRead(user);
        return ResponseEntity.noContent().build();
    }
}
