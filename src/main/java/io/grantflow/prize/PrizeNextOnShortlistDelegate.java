package io.grantflow.prize;

import java.util.List;

import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After a refusal or silence: the best-ranked shortlisted candidate not yet asked; when the shortlist is
 * exhausted, the chair chooses again among every ranked candidate not yet asked.
 */
@Component("prizeNextOnShortlistDelegate")
class PrizeNextOnShortlistDelegate implements JavaDelegate {

    private final JuryService jury;
    private final LaureateOptions options;

    PrizeNextOnShortlistDelegate(JuryService jury, LaureateOptions options) {
        this.jury = jury;
        this.options = options;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String callId = (String) execution.getVariable("callId");
        List<String> shortlist = (List<String>) execution.getVariable("shortlist");
        String next = shortlist.stream().filter(options::notAsked).findFirst().orElse(null);
        execution.setVariable("nextFound", next != null);
        if (next != null) {
            execution.setVariable("offerCandidateId", next);
        } else {
            execution.setVariable("laureateOptions", FormValues.json(options.of(callId, jury.ranking(callId))));
        }
    }
}
