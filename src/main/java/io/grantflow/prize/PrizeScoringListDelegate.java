package io.grantflow.prize;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The candidates this juror scores, local to his or her branch of the jury's work. */
@Component("prizeScoringListDelegate")
class PrizeScoringListDelegate implements JavaDelegate {

    private final JuryService jury;

    PrizeScoringListDelegate(JuryService jury) {
        this.jury = jury;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariableLocal("toScore", new java.util.ArrayList<>(
                jury.toScore((String) execution.getVariable("callId"), (String) execution.getVariable("juror"))));
    }
}
