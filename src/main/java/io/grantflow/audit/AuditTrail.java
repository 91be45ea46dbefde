package io.grantflow.audit;

import java.util.HashMap;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.grantflow.identity.UserDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps every manager's change to a call, and reads a call's changes back, newest first. */
@Service
public class AuditTrail {

    private final AuditRows rows;
    private final UserDirectory users;

    AuditTrail(AuditRows rows, UserDirectory users) {
        this.rows = rows;
        this.users = users;
    }

    /**
     * Runs in the publisher's thread and transaction, so that the row commits or rolls back with the change itself.
     * A change published outside a transaction is refused: its row could outlive a change that failed.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void keep(ManagerChange change) {
        if (!change.changesNothing()) {
            rows.insert(change);
        }
    }

    /** The call's changes, their times also in the zone the call's people read (the call's feature knows it). */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofCall(String callId, ZoneId zone) {
        Map<String, Optional<String>> names = new HashMap<>();
        return rows.ofCall(callId).stream().map(row -> new AuditEntry(row.actor(),
                names.computeIfAbsent(row.actor(), this::nameOf).orElse(null), row.at().toInstant(),
                row.at().atZoneSameInstant(zone), row.action(), row.from(), row.to())).toList();
    }

    private Optional<String> nameOf(String actor) {
        return actor.equals(ManagerChange.SYSTEM) || !users.exists(actor) ? Optional.empty()
                : Optional.of(users.contact(actor).name());
    }
}
