package io.grantflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.CallScenario;
import io.grantflow.support.EngineRest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The committee's choice over the envelope, sent through the engine's REST API as Tasklist sends it: refused with a
 * sentence in the manager's language, however often it is sent, and nothing is recorded.
 */
class CommitteeRefusalTest extends CallScenario {

    @Autowired FundingDecisionService decisions;

    @Test
    void aFrenchManagerIsRefusedInFrenchEachTimeAndNothingIsDecided() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"));
        Call call = callWithPanel(panel, Map.of(), "10000");
        String first = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 6000);
        String second = submitEligible(call, applicant("en"), "Quantum photonics", List.of("graphene", "photonics", "quantum"), 6000);
        ProcessInstance callProcess = closeCall(call);
        reviewTasksOf(first).forEach(t -> review(t, 5, 5, 5, "Strong"));
        reviewTasksOf(second).forEach(t -> review(t, 4, 4, 4, "Good"));
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).taskDefinitionKey("Task_CommitteeRanking")
                .singleResult();
        String manager = user("manager", "fr", Groups.MANAGERS);
        EngineRest rest = EngineRest.as(http, manager);
        assertThat(rest.post("/task/" + committee.getId() + "/claim", "{\"userId\":\"" + manager + "\"}").getStatusCode().value())
                .isEqualTo(204);
        String both = """
                {"variables":{"fundedApplicationIds":{"type":"Json","value":"[\\"%s\\",\\"%s\\"]"}}}""".formatted(first, second);

        for (int attempt = 1; attempt <= 2; attempt++) {
            ResponseEntity<String> refused = rest.post("/task/" + committee.getId() + "/submit-form", both);
            assertThat(refused.getStatusCode().value()).as("attempt %d", attempt).isEqualTo(400);
            assertThat(refused.getBody()).contains("Les candidatures financées demandent 12000.00 EUR, plus que l'enveloppe de 10000.00 EUR.")
                    .doesNotContain("ENGINE-", "TaskListener", "Exception");
        }

        assertThat(tasks.createTaskQuery().taskId(committee.getId()).count()).isEqualTo(1);
        assertThat(decisions.decisionOf(first)).isEmpty();
        assertThat(decisions.decisionOf(second)).isEmpty();
    }
}
