package io.grantflow.review;

/**
 * No assignment covers the call. The message names the applications and the reasons and says what
 * to change; thrown from a job, it becomes the incident a manager reads in Cockpit.
 */
public class AssignmentImpossibleException extends RuntimeException {

    public AssignmentImpossibleException(String message) {
        super(message);
    }
}
