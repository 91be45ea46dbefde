package io.grantflow.review;

import java.util.ArrayList;
import java.util.List;

import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Assigns reviewers to every eligible application of the call at once. When nobody can be invited,
 * "assignmentBlocked" sends the call to the managers' task, whose form variables are set here; otherwise the
 * applications invited become the review rounds' collection and the others stay named in "blockedApplicationIds".
 */
@Component("assignReviewersDelegate")
class AssignReviewersDelegate implements JavaDelegate {

    private final BlockedAssignmentService blocked;

    AssignReviewersDelegate(BlockedAssignmentService blocked) {
        this.blocked = blocked;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String callId = (String) execution.getVariable("callId");
        List<String> applicationIds = (List<String>) execution.getVariable("applicationIds");
        CallAssignment outcome = blocked.assign(callId, applicationIds, Boolean.TRUE.equals(execution.getVariable("coverWhatCan")));
        execution.setVariable("assignmentBlocked", outcome.invited().isEmpty());
        execution.setVariable("blockedApplicationIds", new ArrayList<>(outcome.blockedIds()));
        if (outcome.invited().isEmpty()) {
            BlockedAssignmentService.FixForm form = blocked.fixForm(callId, outcome);
            execution.setVariable("blockedExplanation", form.explanation());
            execution.setVariable("maxLoad", form.lowestMaxLoad());
            execution.setVariable("reviewersPerApplication", form.reviewersPerApplication());
            execution.setVariable("reviewerOptions", FormValues.json(form.reviewerOptions()));
            execution.setVariable("addReviewerIds", FormValues.json(List.of()));
        } else {
            execution.setVariable("applicationIds", new ArrayList<>(applicationIds.stream().filter(outcome.invited()::containsKey).toList()));
        }
    }
}
