package io.grantflow.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.grantflow.identity.Contact;
import io.grantflow.identity.Groups;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a message the safe way: it is written to the outbox in the caller's transaction, with a
 * {@code notification-delivery} process whose external task {@link MailDelivery} takes to the mail server
 * after the commit, with retries. A mail outage never rolls back the caller, and never holds it up.
 */
@Service
public class NotificationService {

    static final String DELIVERY_PROCESS = "notification-delivery";

    private final OutboxRepository outbox;
    private final MailComposer composer;
    private final RuntimeService runtime;
    private final UserDirectory users;
    private final DeliveryThread delivery;
    private final Clock clock;

    NotificationService(OutboxRepository outbox, MailComposer composer, RuntimeService runtime, UserDirectory users,
                        DeliveryThread delivery, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.composer = composer;
        this.runtime = runtime;
        this.users = users;
        this.delivery = delivery;
    }

    @Transactional
    public String send(String template, Contact to, Map<String, Object> model, String referenceId) {
        MailComposer.Rendered mail = composer.render(template, to.language(), model);
        Notification n = new Notification(UUID.randomUUID().toString(), template, to.userId(), to.email(),
                to.language().getLanguage(), mail.subject(), mail.body(), referenceId, NotificationStatus.PENDING,
                clock.instant(), null, 0, null);
        queue(n);
        return n.id();
    }

    private void queue(Notification n) {
        outbox.insert(n);
        runtime.startProcessInstanceByKey(DELIVERY_PROCESS, n.id(), Map.of("notificationId", n.id(), "template", n.template()));
        delivery.wakeAfterCommit();
    }

    /** The same message to every programme manager, each in his or her language; "name" is added to the model. */
    @Transactional
    public void sendToManagers(String template, Map<String, Object> model, String referenceId) {
        for (String managerId : users.membersOf(Groups.MANAGERS)) {
            Contact manager = users.contact(managerId);
            Map<String, Object> personal = new HashMap<>(model);
            personal.put("name", manager.name());
            send(template, manager, personal, referenceId);
        }
    }

    /**
     * Sends again a message the mail server refused, or one kept while no mail server was configured, as a new
     * message to the recipient's address of today (corrected since, perhaps); the first stays as it was.
     */
    @Transactional
    public Notification resend(String id) {
        Notification first = get(id);
        if (first.status() != NotificationStatus.FAILED && first.status() != NotificationStatus.HELD) {
            throw new ConflictException("status", "only a refused or kept message is sent again; this one is " + first.status());
        }
        String email = first.recipientId() != null && users.exists(first.recipientId())
                ? users.contact(first.recipientId()).email() : first.recipientEmail();
        Notification copy = new Notification(UUID.randomUUID().toString(), first.template(), first.recipientId(), email,
                first.language(), first.subject(), first.body(), first.referenceId(), NotificationStatus.PENDING,
                clock.instant(), null, 0, null);
        queue(copy);
        return copy;
    }

    public List<Notification> list(String referenceId, NotificationStatus status, int limit) {
        return outbox.find(referenceId, status, Math.max(1, Math.min(limit, 1000)));
    }

    /** How many messages are in that state now (FAILED: refused by the mail server, never retried). */
    public long count(NotificationStatus status) {
        return outbox.count(status);
    }

    public Notification get(String id) {
        return outbox.find(id).orElseThrow(() -> new NotFoundException("No notification " + id));
    }
}
