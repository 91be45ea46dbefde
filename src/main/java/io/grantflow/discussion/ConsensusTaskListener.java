package io.grantflow.discussion;

import io.grantflow.problem.ConflictException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The consensus task: on creation it goes to the rapporteur (left to the managers' group when the managers write
 * it); on completion the report is checked and stored, and only the person holding the task may complete it, so
 * nobody writes the report in the rapporteur's name.
 */
@Component("consensusTaskListener")
class ConsensusTaskListener implements TaskListener {

    static final String REPORT = "consensusReport";

    private final DiscussionService discussions;
    private final IdentityService identity;

    ConsensusTaskListener(DiscussionService discussions, IdentityService identity) {
        this.discussions = discussions;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String applicationId = (String) task.getVariable("applicationId");
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String rapporteur = discussions.rapporteurOf(applicationId);
            if (rapporteur != null) {
                task.setAssignee(rapporteur);
            }
            return;
        }
        Authentication caller = identity.getCurrentAuthentication();
        if (caller != null && !caller.getUserId().equals(task.getAssignee())) {
            throw new ConflictException("assignee", "Only the rapporteur holding this task can complete it");
        }
        Object report = task.getExecution().getVariableLocal(REPORT);
        discussions.recordConsensus(applicationId, caller != null ? caller.getUserId() : task.getAssignee(),
                report == null ? null : report.toString());
    }
}
