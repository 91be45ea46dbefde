package io.grantflow.audit;

import java.time.Instant;

/**
 * A manager's change to a call, published by the feature that made it (as a Spring application event, inside
 * the change's transaction) so that the audit trail keeps it without the feature knowing how it is kept.
 *
 * @param callId the call (or prize edition) changed
 * @param actor  the user id of the manager, or {@link #SYSTEM} for a change no person made
 * @param action what was changed, a short stable word ("settings", "panel", "pin", "unpin", "exclusion", "jury",
 *               "chair", "nominators", "embargo", "migration"), named for managers by {@code audit.action.<word>}
 * @param from   the value before, in words a manager reads (may be empty)
 * @param to     the value after
 * @param at     when, from the engine's clock
 */
public record ManagerChange(String callId, String actor, String action, String from, String to, Instant at) {

    /** The actor of a change no person made. */
    public static final String SYSTEM = "system";

    public ManagerChange {
        from = from == null ? "" : from;
        to = to == null ? "" : to;
    }

    /**
     * One change naming each setting that differs between two sets of settings (records or maps of the same
     * names), with its old and new value: "reviewersPerApplication: 2" to "reviewersPerApplication: 1".
     */
    public static ManagerChange ofSettings(String callId, String actor, Object before, Object after, Instant at) {
        SettingsDiff diff = SettingsDiff.between(before, after);
        return new ManagerChange(callId, actor, "settings", diff.from(), diff.to(), at);
    }

    /** A change that leaves the value as it was: features may publish it, the trail does not keep it. */
    boolean changesNothing() {
        return from.equals(to);
    }
}
