package io.grantflow.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When a manager completes the blocked assignment's task: carries out the fixes, or refuses the completion with why. */
@Component("blockedAssignmentListener")
class BlockedAssignmentListener implements TaskListener {

    private final BlockedAssignmentService blocked;

    BlockedAssignmentListener(BlockedAssignmentService blocked) {
        this.blocked = blocked;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean coverWhatCan = blocked.fix((String) task.getVariable("callId"), new BlockedAssignmentService.Fixes(
                task.getVariable("maxLoad"), task.getVariable("reviewersPerApplication"),
                task.getVariable("addReviewerIds"), task.getVariable("assignmentChoice")));
        task.setVariable("coverWhatCan", coverWhatCan);
    }
}
