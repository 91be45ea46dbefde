package io.grantflow.prize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.process.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fixes the edition's settings and the list of candidates, and gives the jury its members and its chair. */
@Component("prizeOpenJuryDelegate")
class PrizeOpenJuryDelegate implements JavaDelegate {

    private final PrizeEditions editions;
    private final CandidateRepository candidates;

    PrizeOpenJuryDelegate(PrizeEditions editions, CandidateRepository candidates) {
        this.editions = editions;
        this.candidates = candidates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String callId = (String) execution.getVariable("callId");
        Call call = editions.prizeCall(callId);
        PrizeEdition edition = editions.fix(callId);
        List<Map<String, String>> options = candidates.standing(callId).stream()
                .map(c -> Map.of("value", c.id(), "label", c.label() + " - " + c.field()))
                .toList();
        execution.setVariable("jurors", new ArrayList<>(edition.jury()));
        execution.setVariable("chair", edition.chair());
        execution.setVariable("candidateOptions", FormValues.json(options));
        execution.setVariable("hasCandidates", !options.isEmpty());
        execution.setVariable("juryReady", !options.isEmpty() && !edition.jury().isEmpty());
        execution.setVariable("acceptanceDays", call.settings().integer("acceptanceDays"));
        execution.setVariable("shortlistSize", call.settings().integer("shortlistSize"));
    }
}
