package io.grantflow.prize;

import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A juror's declaration of conflicts, kept before any score is asked of him or her. */
@Component("prizeConflictsListener")
class PrizeConflictsListener implements TaskListener {

    private final JuryService jury;

    PrizeConflictsListener(JuryService jury) {
        this.jury = jury;
    }

    @Override
    public void notify(DelegateTask task) {
        jury.declareConflicts((String) task.getVariable("callId"), task.getAssignee(),
                FormValues.strings(task.getVariable("conflictedCandidateIds")));
    }
}
