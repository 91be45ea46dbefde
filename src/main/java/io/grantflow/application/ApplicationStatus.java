package io.grantflow.application;

/** Where an application stands, as its applicant reads it. */
public enum ApplicationStatus {
    SUBMITTED,
    ELIGIBLE,
    INELIGIBLE,
    UNDER_REVIEW,
    REVIEWED,
    FUNDED,
    NOT_FUNDED,
    IN_PROGRESS,
    STOPPED,
    LAPSED,
    CLOSED
}
