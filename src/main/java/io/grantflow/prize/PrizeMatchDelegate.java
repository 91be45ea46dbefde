package io.grantflow.prize;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Merges the candidate into the earlier one, or keeps it apart, as the manager answered ("samePerson"). */
@Component("prizeMatchDelegate")
class PrizeMatchDelegate implements JavaDelegate {

    private final CandidateMatches matches;

    PrizeMatchDelegate(CandidateMatches matches) {
        this.matches = matches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        matches.resolve((String) execution.getVariable("candidateId"), Boolean.TRUE.equals(execution.getVariable("samePerson")));
    }
}
