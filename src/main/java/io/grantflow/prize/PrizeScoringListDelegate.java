package io.grantflow.prize;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The candidates this juror scores, local to his or her branch of the jury's work; the juror is told they wait. */
@Component("prizeScoringListDelegate")
class PrizeScoringListDelegate implements JavaDelegate {

    private final JuryService jury;
    private final JuryMails mails;

    PrizeScoringListDelegate(JuryService jury, JuryMails mails) {
        this.jury = jury;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String callId = (String) execution.getVariable("callId");
        String juror = (String) execution.getVariable("juror");
        List<String> toScore = jury.toScore(callId, juror);
        execution.setVariableLocal("toScore", new ArrayList<>(toScore));
        mails.scoresToGive(callId, juror, toScore.size());
    }
}
