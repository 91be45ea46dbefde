package io.grantflow.application;

/** Where an application stands, as its applicant reads it. */
public enum ApplicationStatus {
    SUBMITTED,
    ELIGIBLE,
    INELIGIBLE,
    /** Eligible, but no reviewer assignment covers it yet: a programme manager has to change the panel or the loads. */
    ASSIGNMENT_BLOCKED,
    UNDER_REVIEW,
    REVIEWED,
    FUNDED,
    NOT_FUNDED,
    IN_PROGRESS,
    STOPPED,
    LAPSED,
    CLOSED
}
