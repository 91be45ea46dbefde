package io.grantflow.prize;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps a juror's score in the jury's table; the form's values stay local to the task, so no other juror reads them. */
@Component("prizeScoreListener")
class PrizeScoreListener implements TaskListener {

    private final JuryService jury;

    PrizeScoreListener(JuryService jury) {
        this.jury = jury;
    }

    @Override
    public void notify(DelegateTask task) {
        Object comment = task.getVariable("comment");
        jury.score((String) task.getVariable("callId"), (String) task.getVariable("candidateId"), task.getAssignee(),
                FormValues.integer("score", task.getVariable("score")), comment == null ? null : comment.toString());
    }
}
