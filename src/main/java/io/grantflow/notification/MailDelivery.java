package io.grantflow.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Takes due messages to the mail server, a batch over one SMTP connection, with no database transaction open
 * while the server is talked to: a server that hangs costs the delivery thread its timeouts, never a database
 * connection. Each message is the external task "Deliver by email" of its notification-delivery process:
 * <ol>
 *   <li>claim: fetch and lock up to batch-size due tasks (one short transaction of the engine);</li>
 *   <li>send each over the batch's connection, outside any transaction;</li>
 *   <li>record each result at once, in the outbox first and then in the engine: SENT and the task completed;
 *       FAILED with the server's reply for a permanent refusal (5xx), ending the process at "Message refused",
 *       never retried; otherwise the failure, and the task waits for its next attempt on the retry schedule, an
 *       incident once the schedule has run out.</li>
 * </ol>
 * A message recorded SENT whose task did not complete (the node died in between) is completed by the next claim
 * without being sent again. The one window for a duplicate is between the server's acceptance and the SENT record.
 */
@Component
public class MailDelivery {

    static final String TOPIC = "mail-delivery";
    static final String REFUSED = "MAIL_REFUSED";
    /** A batch stops taking its next message after this, well within the lock on its tasks. */
    private static final Duration BATCH_TIME = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ExternalTaskService externalTasks;
    private final OutboxRepository outbox;
    private final Optional<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final RetrySchedule retries;
    private final Clock clock;
    private final String workerId = "mail-" + hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);

    MailDelivery(ExternalTaskService externalTasks, OutboxRepository outbox, Optional<JavaMailSender> mailSender,
                 NotificationProperties properties, Clock clock) {
        this.clock = clock;
        this.externalTasks = externalTasks;
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
        this.retries = RetrySchedule.parse(properties.retryCycle());
    }

    /** What one pass did. */
    public record Pass(int taken, int sent, int refused, int retrying, int held) {
    }

    /** Delivers the due messages, up to a batch. */
    public Pass deliverDue() {
        return deliverDue(properties.batchSize());
    }

    /** Delivers up to batchSize due messages over one SMTP connection. */
    public Pass deliverDue(int batchSize) {
        List<LockedExternalTask> tasks = externalTasks.fetchAndLock(batchSize, workerId)
                .topic(TOPIC, properties.lockDuration().toMillis()).variables("notificationId").execute();
        if (tasks.isEmpty()) {
            return new Pass(0, 0, 0, 0, 0);
        }
        long stopBy = System.nanoTime() + Math.min(properties.lockDuration().toNanos() / 2, BATCH_TIME.toNanos());
        int sent = 0, refused = 0, retrying = 0, held = 0;
        JavaMailSender sender = mailSender.orElse(null);
        try (SmtpBatch smtp = sender == null ? null : new SmtpBatch(sender)) {
            String broken = null; // the connection failed: the rest of the batch fails with it, untried
            for (LockedExternalTask task : tasks) {
                Optional<Notification> found = outbox.find((String) task.getVariables().get("notificationId"));
                if (found.isEmpty() || found.get().status() != NotificationStatus.PENDING) {
                    engine(() -> externalTasks.complete(task.getId(), workerId)); // recorded already
                    continue;
                }
                Notification n = found.get();
                if (sender == null) {
                    outbox.markHeld(n.id());
                    engine(() -> externalTasks.complete(task.getId(), workerId));
                    held++;
                } else if (broken != null) {
                    retryLater(task, n, broken);
                    retrying++;
                } else if (System.nanoTime() > stopBy) {
                    engine(() -> externalTasks.unlock(task.getId())); // for the next pass, no attempt counted
                } else {
                    try {
                        smtp.send(compose(sender, n));
                        outbox.markSent(n.id(), clock.instant());
                        engine(() -> externalTasks.complete(task.getId(), workerId));
                        sent++;
                    } catch (MessagingException | MailException e) {
                        String refusal = SmtpReplies.refusal(e);
                        if (refusal != null) {
                            outbox.markFailed(n.id(), refusal);
                            engine(() -> externalTasks.handleBpmnError(task.getId(), workerId, REFUSED, refusal));
                            refused++;
                        } else {
                            String error = SmtpReplies.describe(e);
                            broken = smtp.isBroken() ? error : null;
                            retryLater(task, n, error);
                            retrying++;
                        }
                    }
                }
            }
        }
        return new Pass(tasks.size(), sent, refused, retrying, held);
    }

    private void retryLater(LockedExternalTask task, Notification n, String error) {
        outbox.recordAttemptFailed(n.id(), error);
        RetrySchedule.Next next = retries.afterFailure(task.getRetries());
        if (next.retries() == 0) {
            log.warn("Message {} to {} not delivered after its last attempt, now an incident: {}", n.id(), n.recipientEmail(), error);
        }
        engine(() -> externalTasks.handleFailure(task.getId(), workerId, error, error, next.retries(), next.delay().toMillis()));
    }

    /** A result the engine cannot take (the process was deleted, the lock was lost) is logged; the outbox has it. */
    private static void engine(Runnable call) {
        try {
            call.run();
        } catch (ProcessEngineException e) {
            log.warn("Delivery result not recorded in the engine: {}", e.getMessage());
        }
    }

    private MimeMessage compose(JavaMailSender sender, Notification n) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(n.recipientEmail());
        helper.setSubject(n.subject());
        helper.setText(n.body(), false);
        message.setHeader("Content-Language", n.language());
        message.setHeader("X-Grantflow-Notification", n.id());
        return message;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
