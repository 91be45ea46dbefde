package io.grantflow.audit;

import java.time.Instant;

/**
 * A manager's change to a call, published by the feature that made it (as a Spring application event, inside
 * the change's transaction) so that the audit trail keeps it without the feature knowing how it is kept.
 *
 * @param callId the call (or prize edition) changed
 * @param actor  the user id of the manager, or "system" for a change no person made
 * @param action what was changed, a short stable word ("settings", "panel", "pin", "jury", "migration")
 * @param from   the value before, in words a manager reads (may be empty)
 * @param to     the value after
 * @param at     when, from the engine's clock
 */
public record ManagerChange(String callId, String actor, String action, String from, String to, Instant at) {
}
