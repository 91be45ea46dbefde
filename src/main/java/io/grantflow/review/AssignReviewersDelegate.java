package io.grantflow.review;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Assigns reviewers to every eligible application of the call at once; an impossible call becomes an incident. */
@Component("assignReviewersDelegate")
class AssignReviewersDelegate implements JavaDelegate {

    private final ReviewerAssignmentService assignments;

    AssignReviewersDelegate(ReviewerAssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        assignments.assignCall((String) execution.getVariable("callId"), (List<String>) execution.getVariable("applicationIds"));
    }
}
