package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.EngineRest;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Process state changes only through the product's rules: through engine REST (the API Tasklist and Cockpit use
 * too) nobody but an administrator starts a process or changes a running one; managers read everything and retry
 * failed jobs.
 */
class ProcessStateChangesTest extends CallScenario {

    private List<ProcessDefinition> latestDefinitions() {
        return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
    }

    @Test
    void neitherAManagerNorAReviewerStartsAnyProcess() {
        Call call = openFirstStepCall();
        String application = submitEligible(call, applicant("en"), "Started twice?", List.of("a", "b", "c"), 9000);
        List<String> processKeys = latestDefinitions().stream().map(ProcessDefinition::getKey).distinct().toList();
        assertThat(processKeys).contains("first-step-application", "grant-call", "review-round", "notification-delivery",
                "prize-edition", "prize-candidate", "irp-application");
        long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();

        for (String user : List.of(manager(), reviewer("JP", "graphene"), applicant("en"))) {
            EngineRest rest = EngineRest.as(http, user);
            for (String key : processKeys) {
                ResponseEntity<String> start = rest.post("/process-definition/key/" + key + "/start",
                        "{\"businessKey\":\"" + application + "\",\"variables\":{\"applicationId\":{\"value\":\"" + application + "\"}}}");
                assertThat(start.getStatusCode().is4xxClientError()).as(user + " starts " + key + ": " + start.getBody()).isTrue();
                ResponseEntity<String> submitForm = rest.post("/process-definition/key/" + key + "/submit-form", "{\"variables\":{}}");
                assertThat(submitForm.getStatusCode().is4xxClientError()).as(user + " submits the start form of " + key).isTrue();
            }
            ResponseEntity<String> startable = rest.get("/process-definition?startableInTasklist=true&startablePermissionCheck=true");
            assertThat(startable.getBody()).as("Tasklist's Start process offers nothing").isEqualTo("[]");
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void aManagerChangesNoRunningProcessButReadsItAndRetriesItsJobs() {
        Call call = openFirstStepCall();
        String application = submitEligible(call, applicant("en"), "Variables stay", List.of("a", "b", "c"), 9000);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("first-step-application").processInstanceBusinessKey(application).singleResult();
        String id = instance.getId();
        String execution = engine.getRuntimeService().createExecutionQuery().processInstanceId(id).list().get(0).getId();
        EngineRest manager = EngineRest.as(http, manager());

        List<ResponseEntity<String>> attempts = List.of(
                manager.post("/process-instance/" + id + "/variables", "{\"modifications\":{\"status\":{\"value\":\"ELIGIBLE\"}}}"),
                manager.put("/process-instance/" + id + "/variables/applicationId", "{\"value\":\"another\"}"),
                manager.delete("/process-instance/" + id + "/variables/applicationId"),
                manager.put("/execution/" + execution + "/localVariables/applicationId", "{\"value\":\"another\"}"),
                manager.post("/process-instance/" + id + "/modification",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Call_Eligibility\"}]}"),
                manager.put("/process-instance/" + id + "/suspended", "{\"suspended\":true}"),
                manager.delete("/process-instance/" + id),
                manager.post("/message", "{\"messageName\":\"CallClosed\",\"businessKey\":\"" + application + "\"}"));
        for (int i = 0; i < attempts.size(); i++) {
            assertThat(attempts.get(i).getStatusCode().is4xxClientError()).as("attempt " + i + ": " + attempts.get(i)).isTrue();
        }
        assertThat(engine.getRuntimeService().getVariable(id, "applicationId")).isEqualTo(application);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).active().count()).isEqualTo(1);

        assertThat(manager.get("/process-instance/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(manager.get("/process-instance/" + id + "/variables").getBody()).contains(application);
        assertThat(manager.get("/process-definition/" + instance.getProcessDefinitionId() + "/xml").getStatusCode().value()).isEqualTo(200);
        assertThat(manager.get("/history/process-instance?processInstanceId=" + id).getBody()).contains(id);
        Job job = management.createJobQuery().processInstanceId(id).list().stream().findFirst()
                .orElseGet(() -> management.createJobQuery().list().get(0));
        ResponseEntity<String> retry = manager.put("/job/" + job.getId() + "/retries", "{\"retries\":3}");
        assertThat(retry.getStatusCode().value()).as(retry.getBody()).isEqualTo(204);
    }
}
