package io.grantflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.call.Call;
import io.grantflow.support.EngineRest;
import io.grantflow.support.IntegrationTest;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.junit.jupiter.api.Test;

/**
 * What Cockpit shows of an eligibility check: the First Step table's evaluation in Camunda's history, with the
 * values of its inputs, the rules that matched and their outputs, under the application's process instance and
 * its "Check eligibility" task, readable by managers through the engine's REST API as Cockpit reads it.
 */
class EligibilityHistoryTest extends IntegrationTest {

    @Test
    void theEvaluationIsKeptWithItsInputsMatchedRulesAndOutputsUnderTheApplicationsProcess() throws Exception {
        Call call = openFirstStepCall();
        Map<String, Object> application = eligibleApplication();
        application.put("unitCode", "NOTOURS1");
        application.put("budgetEur", 25000);
        String applicant = applicant("en");
        String applicationId = (String) submit(call.id(), applicant, application, pdf(), null).getBody().get("id");
        // The check runs in the shared eligibility process, which the application's process calls.
        var pi = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey("eligibility").singleResult();

        HistoricDecisionInstance evaluation = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(pi.getId()).includeInputs().includeOutputs().singleResult();

        assertThat(evaluation.getDecisionDefinitionKey()).isEqualTo("first-step-eligibility");
        assertThat(evaluation.getProcessDefinitionKey()).isEqualTo("eligibility");
        assertThat(evaluation.getActivityId()).isEqualTo("Task_CheckEligibility");
        Map<String, Object> inputs = evaluation.getInputs().stream()
                .collect(Collectors.toMap(HistoricDecisionInputInstance::getClauseName, i -> String.valueOf(i.getValue())));
        assertThat(inputs).containsEntry("Unit is one of the funder's", "false")
                .containsEntry("Requested budget (EUR)", "25000.0")
                .containsEntry("Partner teams outside the funder's country", "1")
                .containsEntry("Duration (months)", "12");
        assertThat(evaluation.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId).distinct())
                .containsExactly("Rule_UnitNotFunder", "Rule_BudgetOverCap");
        assertThat(outputsOf(evaluation, "Rule_UnitNotFunder")).containsEntry("reason", "UNIT_NOT_FUNDER").containsEntry("value0", "NOTOURS1");
        assertThat(outputsOf(evaluation, "Rule_BudgetOverCap")).containsEntry("reason", "BUDGET_OVER_CAP")
                .containsEntry("value0", 25000L).containsEntry("value1", 10000L);

        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_CheckEligibility").singleResult().getId()).isEqualTo(evaluation.getActivityInstanceId());

        // Cockpit reads it through the engine's REST API: a manager may, the applicant may not.
        String query = "/history/decision-instance?includeInputs=true&includeOutputs=true&processInstanceId=" + pi.getId();
        JsonNode managersView = new ObjectMapper().readTree(EngineRest.as(http, manager()).get(query).getBody());
        assertThat(managersView).hasSize(1);
        assertThat(managersView.get(0).get("id").asText()).isEqualTo(evaluation.getId());
        assertThat(managersView.get(0).get("inputs")).hasSize(6);
        assertThat(managersView.get(0).get("outputs").findValuesAsText("value")).contains("UNIT_NOT_FUNDER", "NOTOURS1", "BUDGET_OVER_CAP");
        assertThat(new ObjectMapper().readTree(EngineRest.as(http, applicant).get(query).getBody())).isEmpty();
    }

    private static Map<String, Object> outputsOf(HistoricDecisionInstance evaluation, String ruleId) {
        Map<String, Object> outputs = new HashMap<>();
        evaluation.getOutputs().stream().filter(o -> ruleId.equals(o.getRuleId())).forEach(o -> outputs.put(o.getVariableName(), o.getValue()));
        return outputs;
    }
}
