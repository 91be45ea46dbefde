package io.grantflow.audit;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * One change of a call's audit trail, as managers read it.
 *
 * @param who     the manager's user id, or "system"
 * @param whoName the manager's name, absent for "system" or an account that is gone
 * @param at      the instant of the change
 * @param atParis the same instant in Paris time, with its offset
 */
public record AuditEntry(String who, String whoName, Instant at, ZonedDateTime atParis, String action, String from, String to) {
}
