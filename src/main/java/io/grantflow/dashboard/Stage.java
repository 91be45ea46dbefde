package io.grantflow.dashboard;

import java.util.EnumSet;
import java.util.Set;

import io.grantflow.application.ApplicationStatus;

/**
 * The funnel of a call. A stage counts every application that has reached it, including those that moved on:
 * a funded application counts as submitted, eligible, under review, reviewed, decided and funded. An ineligible
 * application counts only as submitted; an application not funded stops at decided; a lapsed award (funded,
 * then not accepted in time) counts as decided but no longer as funded, since its money goes back to the envelope.
 * Blocked is the one stage that is not passed through: it counts the eligible applications that no reviewer
 * assignment covers yet, which are not under review until a programme manager fixes the assignment.
 */
public enum Stage {
    SUBMITTED(EnumSet.allOf(ApplicationStatus.class)),
    ELIGIBLE(EnumSet.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.ASSIGNMENT_BLOCKED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REVIEWED,
            ApplicationStatus.FUNDED, ApplicationStatus.NOT_FUNDED, ApplicationStatus.IN_PROGRESS, ApplicationStatus.LAPSED,
            ApplicationStatus.CLOSED)),
    BLOCKED(EnumSet.of(ApplicationStatus.ASSIGNMENT_BLOCKED)),
    UNDER_REVIEW(EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REVIEWED, ApplicationStatus.FUNDED,
            ApplicationStatus.NOT_FUNDED, ApplicationStatus.IN_PROGRESS, ApplicationStatus.LAPSED, ApplicationStatus.CLOSED)),
    REVIEWED(EnumSet.of(ApplicationStatus.REVIEWED, ApplicationStatus.FUNDED, ApplicationStatus.NOT_FUNDED,
            ApplicationStatus.IN_PROGRESS, ApplicationStatus.LAPSED, ApplicationStatus.CLOSED)),
    DECIDED(EnumSet.of(ApplicationStatus.FUNDED, ApplicationStatus.NOT_FUNDED, ApplicationStatus.IN_PROGRESS,
            ApplicationStatus.LAPSED, ApplicationStatus.CLOSED)),
    FUNDED(EnumSet.of(ApplicationStatus.FUNDED, ApplicationStatus.IN_PROGRESS, ApplicationStatus.CLOSED));

    private final Set<ApplicationStatus> statuses;

    Stage(Set<ApplicationStatus> statuses) {
        this.statuses = statuses;
    }

    /** The statuses of the applications that have reached this stage. */
    public Set<ApplicationStatus> statuses() {
        return statuses;
    }

    /** Accepts "under_review", "under-review" or "UNDER_REVIEW" in a link. */
    static Stage parse(String value) {
        return valueOf(value.trim().toUpperCase().replace('-', '_'));
    }
}
