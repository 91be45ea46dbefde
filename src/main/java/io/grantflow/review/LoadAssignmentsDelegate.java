package io.grantflow.review;

import java.util.List;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts a review round: the open invitations of the application become the multi-instance collection,
 * and what a reviewer reads in the task form (title, abstract, keywords, partners, the PDF link) is set once.
 */
@Component("loadAssignmentsDelegate")
class LoadAssignmentsDelegate implements JavaDelegate {

    private final ReviewerAssignmentService assignments;
    private final ApplicationService applications;
    LoadAssignmentsDelegate(ReviewerAssignmentService assignments, ApplicationService applications) {
        this.assignments = assignments;
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable("applicationId");
        Application a = applications.get(applicationId);
        List<String> open = assignments.assignmentsOf(applicationId).stream()
                .filter(x -> x.status() == AssignmentStatus.INVITED)
                .map(ReviewAssignment::id)
                .toList();
        execution.setVariable("assignmentIds", open);
        // only the title here: the round's variables are readable from every reviewer's tasks, and a reviewer reads
        // the abstract and the proposal only once he or she has accepted (ReviewTaskListener sets them on that task)
        execution.setVariable("title", a.title());
    }
}
