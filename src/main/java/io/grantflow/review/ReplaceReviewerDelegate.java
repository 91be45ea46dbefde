package io.grantflow.review;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the current invitation (input parameter "reason": DECLINED, CONFLICT or LATE) and invites the
 * best free reviewer in its place; "replaced" tells the gateway whether anyone could be found.
 */
@Component("replaceReviewerDelegate")
class ReplaceReviewerDelegate implements JavaDelegate {

    private final ReviewerAssignmentService assignments;

    ReplaceReviewerDelegate(ReviewerAssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AssignmentStatus reason = AssignmentStatus.valueOf((String) execution.getVariableLocal("reason"));
        execution.setVariable("lastReviewerId", execution.getVariable("reviewerId"));
        Optional<ReviewAssignment> next = assignments.replace((String) execution.getVariable("assignmentId"), reason);
        next.ifPresent(a -> execution.setVariable("assignmentId", a.id()));
        execution.setVariable("replaced", next.isPresent());
    }
}
