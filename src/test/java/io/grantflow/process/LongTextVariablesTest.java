package io.grantflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.grantflow.support.IntegrationTest;
import io.grantflow.support.TextAtLimit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A string longer than Camunda's 4,000-character text columns is kept whole, still a String, and can become short again. */
class LongTextVariablesTest extends IntegrationTest {

    static final String LONG = TextAtLimit.exactly("Très long — とても長い — طويل جدا 📜 ", 5000);

    Deployment deployment;
    RuntimeService runtime;

    @BeforeEach
    void deployAWaitingProcess() {
        runtime = engine.getRuntimeService();
        deployment = engine.getRepositoryService().createDeployment().name("long-text-check")
                .addModelInstance("long-text-check.bpmn", Bpmn.createExecutableProcess("long-text-check")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("Wait").endEvent().done())
                .deploy();
    }

    @AfterEach
    void removeIt() {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }

    @Test
    void aLongStringIsKeptWholeAndStaysAString() {
        String id = runtime.startProcessInstanceByKey("long-text-check", Map.of("comment", LONG)).getId();

        StringValue value = runtime.getVariableTyped(id, "comment");
        assertThat(value.getType()).isEqualTo(ValueType.STRING);
        assertThat(value.getValue()).isEqualTo(LONG);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).singleResult().getValue())
                .isEqualTo(LONG);
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND TYPE_ = ? AND BYTEARRAY_ID_ IS NOT NULL",
                id, LongTextVariables.LongStringSerializer.NAME)).isEqualTo(1);

        runtime.setVariable(id, "comment", "short again");
        assertThat(runtime.getVariable(id, "comment")).isEqualTo("short again");
        assertThat(count("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND TYPE_ = 'string' AND BYTEARRAY_ID_ IS NULL", id))
                .isEqualTo(1);
        assertThat(runtime.createVariableInstanceQuery().variableValueEquals("comment", "short again").count()).isEqualTo(1);
    }
}
