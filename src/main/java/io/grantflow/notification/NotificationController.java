package io.grantflow.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    @GetMapping("/{id}")
    @Operation(summary = "One message with its full text (programme managers)")
    Notification one(@PathVariable String id) {
        return notifications.get(id);
    }
}
