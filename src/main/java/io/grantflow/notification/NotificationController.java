package io.grantflow.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "Messages kept in the outbox, newest first (programme managers); filter by reference (an application id) or status")
    List<Notification> list(@RequestParam(required = false) String reference,
                            @RequestParam(required = false) NotificationStatus status,
                            @RequestParam(defaultValue = "100") int limit) {
        return notifications.list(reference, status, limit);
    }

    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sends again a message the mail server refused (or one kept without a mail server), to the recipient's address of today (programme managers)")
    Notification resend(@PathVariable String id) {
        return notifications.resend(id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One message with its full text (programme managers)")
    Notification one(@PathVariable String id) {
        return notifications.get(id);
    }
}
