package io.grantflow.prize;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nominations are closed: the jury waits until every uncertain candidate match has been confirmed or refused. */
@Component("prizeCloseNominationsDelegate")
class PrizeCloseNominationsDelegate implements JavaDelegate {

    private final CandidateRepository candidates;

    PrizeCloseNominationsDelegate(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("matchesToConfirm", candidates.unconfirmedMatches((String) execution.getVariable("callId")) > 0);
    }
}
