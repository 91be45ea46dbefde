package io.grantflow.decision;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Prepares the committee's task: the ranking table with a column per criterion of the call, the checklist of the
 * applications that may be funded and the proposed funded list (JSON variables that the Camunda Form reads).
 */
@Component("rankApplicationsDelegate")
class RankApplicationsDelegate implements JavaDelegate {

    private final FundingDecisionService decisions;
    private final CallService calls;
    private final CommitteeRankingText text;
    private final ObjectMapper json;

    RankApplicationsDelegate(FundingDecisionService decisions, CallService calls, CommitteeRankingText text, ObjectMapper json) {
        this.decisions = decisions;
        this.calls = calls;
        this.text = text;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        Call call = calls.get((String) execution.getVariable("callId"));
        List<String> proposed = decisions.rank(call.id()).stream().filter(RankedApplication::proposedForFunding)
                .map(RankedApplication::applicationId).toList();
        // in English here; the committee's task has them again in its reader's language (CommitteeRankingText)
        execution.setVariables(text.values(call, Locale.ENGLISH));
        execution.setVariable("fundedApplicationIds", SpinValues.jsonValue(json.writeValueAsString(proposed)).create());
        execution.setVariable("envelopeEur", call.envelopeEur().toPlainString());
        execution.setVariable("envelopeAmount", call.envelopeEur().doubleValue());
    }
}
