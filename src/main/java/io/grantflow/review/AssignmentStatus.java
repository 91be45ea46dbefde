package io.grantflow.review;

/**
 * What became of one invitation to review. Only INVITED and SUBMITTED hold a place in the assignment; REPLACED is a
 * manager's replacement of a reviewer whose review was open.
 */
public enum AssignmentStatus {
    INVITED, SUBMITTED, DECLINED, CONFLICT, LATE, REPLACED;

    boolean active() {
        return this == INVITED || this == SUBMITTED;
    }

    /** Closed by the round rather than by the reviewer's own answer: the reviewer is told it ended. */
    boolean withdrawn() {
        return this == LATE || this == REPLACED;
    }
}
