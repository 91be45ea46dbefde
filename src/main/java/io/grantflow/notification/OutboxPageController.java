package io.grantflow.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox for programme managers: the latest messages with their state and the server's reply, and a resend. */
@Controller
class OutboxPageController {

    private final NotificationService notifications;

    OutboxPageController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/portal/outbox")
    String outbox(@RequestParam(required = false) NotificationStatus status, Model model) {
        model.addAttribute("messages", notifications.list(null, status, 200));
        model.addAttribute("status", status);
        model.addAttribute("statuses", NotificationStatus.values());
        return "portal/outbox";
    }

    @PostMapping("/portal/outbox/{id}/resend")
    String resend(@PathVariable String id) {
        return "redirect:/portal/outbox?resent=" + notifications.resend(id).id();
    }
}
