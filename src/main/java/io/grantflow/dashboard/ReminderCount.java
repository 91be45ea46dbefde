package io.grantflow.dashboard;

/** Messages of one reminder or escalation template about a call's applications: delivered, and not (yet) delivered. */
public record ReminderCount(String template, long sent, long notSent) {
}
