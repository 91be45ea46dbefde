package io.grantflow.notification;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.grantflow.call.CallService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Takes one outbox message to the mail server. Runs as an async job: an SMTP failure throws, the job
 * retries on the configured cycle, and an incident shows in Cockpit when the retries run out.
 * Without a configured mail server the message is kept as HELD for managers to read.
 */
@Component("deliverNotificationDelegate")
class DeliverNotificationDelegate implements JavaDelegate {

    private final OutboxRepository outbox;
    private final Optional<JavaMailSender> mailSender;
    private final NotificationProperties properties;

    DeliverNotificationDelegate(OutboxRepository outbox, Optional<JavaMailSender> mailSender, NotificationProperties properties) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) throws MessagingException {
        Notification n = outbox.find((String) execution.getVariable("notificationId")).orElseThrow();
        if (n.status() != NotificationStatus.PENDING) {
            return; // delivered already: a retried job must not send twice
        }
        JavaMailSender sender = mailSender.orElse(null);
        if (sender == null) {
            outbox.mark(n.id(), NotificationStatus.HELD, null);
            return;
        }
        // Claim the message first: if another node delivered it meanwhile, this update finds nothing and we stop.
        if (!outbox.mark(n.id(), NotificationStatus.SENT, CallService.now())) {
            return;
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(n.recipientEmail());
        helper.setSubject(n.subject());
        helper.setText(n.body(), false);
        message.setHeader("Content-Language", n.language());
        message.setHeader("X-Grantflow-Notification", n.id());
        sender.send(message); // an exception here rolls back the claim above with the job's transaction
    }
}
