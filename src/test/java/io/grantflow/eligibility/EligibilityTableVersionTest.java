package io.grantflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;

/**
 * A funder who deploys stricter rules for a programme does not change the verdict of applications whose process was
 * started on the earlier version: the table deployed beside an application's process decides.
 */
class EligibilityTableVersionTest extends IntegrationTest {

    /** A later First Step table under the same key that refuses every application. */
    static final String REFUSE_ALL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Later" name="Later" namespace="https://grantflow.io/dmn">
              <decision id="first-step-eligibility" name="First Step eligibility, later" camunda:historyTimeToLive="1">
                <decisionTable id="Table" hitPolicy="COLLECT">
                  <input id="In"><inputExpression id="InExpr" typeRef="double"><text>budgetEur</text></inputExpression></input>
                  <output id="Out" name="reason" typeRef="string" />
                  <rule id="Always"><inputEntry id="Any"><text>-</text></inputEntry><outputEntry id="Code"><text>"LATER_RULE"</text></outputEntry></rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    @Test
    void anApplicationIsJudgedByTheTableDeployedWithItsProcessNotByALaterOne() {
        Call call = openFirstStepCall();
        RepositoryService repository = engine.getRepositoryService();
        Deployment later = repository.createDeployment().name("later First Step rules")
                .addString("eligibility.dmn", REFUSE_ALL).deploy();
        try {
            assertThat(engine.getDecisionService().evaluateDecisionTableByKey("first-step-eligibility")
                    .variables(Map.of("budgetEur", 1.0)).evaluate().getSingleResult().<String>getEntry("reason"))
                    .as("the later table is the latest").isEqualTo("LATER_RULE");

            String id = (String) submit(call.id(), applicant("en"), eligibleApplication(), pdf(), null).getBody().get("id");
            runJobs();

            assertThat(jdbc.sql("select status from application where id = ?").param(id).query(String.class).single())
                    .isEqualTo("ELIGIBLE");
            assertThat(count("select count(*) from eligibility_verdict where application_id = ? and reasons like '%LATER_RULE%'", id))
                    .isZero();
        } finally {
            repository.deleteDeployment(later.getId(), true);
        }
    }
}
