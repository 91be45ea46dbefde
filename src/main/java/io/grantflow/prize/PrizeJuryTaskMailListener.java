package io.grantflow.prize;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creation of a juror's conflicts task or the chair's laureate task, mails its assignee where to find it. */
@Component("prizeJuryTaskMailListener")
class PrizeJuryTaskMailListener implements TaskListener {

    static final String DECLARE_CONFLICTS = "Task_DeclareConflicts";

    private final JuryMails mails;

    PrizeJuryTaskMailListener(JuryMails mails) {
        this.mails = mails;
    }

    @Override
    public void notify(DelegateTask task) {
        String callId = (String) task.getVariable("callId");
        if (DECLARE_CONFLICTS.equals(task.getTaskDefinitionKey())) {
            mails.conflictsToDeclare(callId, task.getAssignee());
        } else if (task.getAssignee() != null) {
            mails.laureateToChoose(callId, task.getAssignee());
        }
    }
}
