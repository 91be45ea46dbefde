package io.grantflow.prize;

import java.util.ArrayList;
import java.util.List;

import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The shortlist by mean score, ties shown, and the jurors' comments on it, for the chair's task. */
@Component("prizeShortlistDelegate")
class PrizeShortlistDelegate implements JavaDelegate {

    private final JuryService jury;
    private final LaureateOptions options;

    PrizeShortlistDelegate(JuryService jury, LaureateOptions options) {
        this.jury = jury;
        this.options = options;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String callId = (String) execution.getVariable("callId");
        List<RankedCandidate> shortlist = jury.shortlist(callId, (Integer) execution.getVariable("shortlistSize"));
        execution.setVariable("shortlist", new ArrayList<>(shortlist.stream().map(RankedCandidate::candidateId).toList()));
        execution.setVariable("shortlistTable", FormValues.json(shortlist));
        execution.setVariable("juryComments", jury.commentsOn(shortlist));
        execution.setVariable("laureateOptions", FormValues.json(options.of(callId, shortlist)));
    }
}
