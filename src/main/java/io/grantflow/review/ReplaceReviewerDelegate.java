package io.grantflow.review;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the current invitation (input parameter "reason": DECLINED, CONFLICT, LATE or REPLACED) and invites the
 * best free reviewer in its place; "replaced" tells the gateway whether anyone could be found. A reviewer whose
 * task was withdrawn (the deadline passed, or a manager replaced him or her) is told the invitation ended.
 */
@Component("replaceReviewerDelegate")
class ReplaceReviewerDelegate implements JavaDelegate {

    private final ReviewerAssignmentService assignments;
    private final ReviewMails mails;

    ReplaceReviewerDelegate(ReviewerAssignmentService assignments, ReviewMails mails) {
        this.assignments = assignments;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssignmentStatus reason = AssignmentStatus.valueOf((String) execution.getVariableLocal("reason"));
        execution.setVariable("lastReviewerId", execution.getVariable("reviewerId"));
        String ended = (String) execution.getVariable("assignmentId");
        Optional<ReviewAssignment> next = assignments.replace(ended, reason);
        if (reason.withdrawn()) {
            mails.invitationEnded(assignments.assignment(ended).orElseThrow());
        }
        next.ifPresent(a -> execution.setVariable("assignmentId", a.id()));
        execution.setVariable("replaced", next.isPresent());
    }
}
