package io.grantflow.review;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A branch that found nobody woke up because the call's panel changed: invites the best free reviewer of the
 * new panel in place of the ended invitation; "replaced" tells the gateway whether anyone could be found.
 */
@Component("fillFromPanelDelegate")
class FillFromPanelDelegate implements JavaDelegate {

    private final ReviewerAssignmentService assignments;

    FillFromPanelDelegate(ReviewerAssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<ReviewAssignment> next = assignments.fillEnded((String) execution.getVariable("assignmentId"));
        next.ifPresent(a -> execution.setVariable("assignmentId", a.id()));
        execution.setVariable("replaced", next.isPresent());
    }
}
