package io.grantflow.review;

import io.grantflow.audit.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When a manager completes the blocked assignment's task: carries out the fixes, or refuses the completion with why. */
@Component("blockedAssignmentListener")
class BlockedAssignmentListener implements TaskListener {

    private final BlockedAssignmentService blocked;
    private final TaskActor actor;

    BlockedAssignmentListener(BlockedAssignmentService blocked, TaskActor actor) {
        this.blocked = blocked;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean coverWhatCan = blocked.fix((String) task.getVariable("callId"), new BlockedAssignmentService.Fixes(
                task.getVariable("maxLoad"), task.getVariable("reviewersPerApplication"),
                task.getVariable("addReviewerIds"), task.getVariable("assignmentChoice")), actor.current());
        task.setVariable("coverWhatCan", coverWhatCan);
    }
}
