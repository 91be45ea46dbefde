package io.grantflow.decision;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Prepares the committee's task: the ranking table, the checklist of applications and the proposed
 * funded list (JSON variables that the Camunda Form reads).
 */
@Component("rankApplicationsDelegate")
class RankApplicationsDelegate implements JavaDelegate {

    private final FundingDecisionService decisions;
    private final CallService calls;
    private final ObjectMapper json;

    RankApplicationsDelegate(FundingDecisionService decisions, CallService calls, ObjectMapper json) {
        this.decisions = decisions;
        this.calls = calls;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        Call call = calls.get((String) execution.getVariable("callId"));
        List<RankedApplication> ranking = decisions.rank(call.id());
        List<Map<String, Object>> options = ranking.stream()
                .map(r -> Map.<String, Object>of("value", r.applicationId(), "label",
                        String.format(Locale.ROOT, "%d. %s (mean %.2f, %s EUR)", r.rank(), r.title(), r.mean(), r.budgetEur().toPlainString())))
                .toList();
        List<String> proposed = ranking.stream().filter(RankedApplication::proposedForFunding).map(RankedApplication::applicationId).toList();
        execution.setVariable("ranking", SpinValues.jsonValue(json.writeValueAsString(ranking)).create());
        execution.setVariable("rankingOptions", SpinValues.jsonValue(json.writeValueAsString(options)).create());
        execution.setVariable("fundedApplicationIds", SpinValues.jsonValue(json.writeValueAsString(proposed)).create());
        execution.setVariable("envelopeEur", call.envelopeEur().toPlainString());
    }
}
