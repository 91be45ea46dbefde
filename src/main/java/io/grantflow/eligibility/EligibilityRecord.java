package io.grantflow.eligibility;

/** The stored verdict with a manager's decision on it, if any (overridden is null until a manager decides). */
public record EligibilityRecord(Verdict verdict, Boolean overridden, String decisionReason, String decidedBy) {
}
