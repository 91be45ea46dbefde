package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.eligibility.EligibilityRecord;
import io.grantflow.eligibility.EligibilityService;
import io.grantflow.identity.Groups;
import io.grantflow.support.CalledProcess;
import io.grantflow.support.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of first-step-application.bpmn and of the eligibility process it calls, started the way an applicant starts it: by submitting. */
class FirstStepApplicationProcessTest extends IntegrationTest {

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ApplicationService applications;
    @Autowired EligibilityService eligibility;

    @Test
    void eligibleApplicationIsAcknowledgedAndWaitsForTheCallToClose() {
        Call call = openFirstStepCall();
        ProcessInstance pi = submitAndFind(call, applicant("en"), eligibleApplication());

        assertThat(eligibilityOf(pi)).isEnded().hasPassedInOrder("Task_CheckEligibility", "Task_AcknowledgeReceipt")
                .hasNotPassed("Task_SendIneligibilityLetter");
        assertThat(pi).hasPassedInOrder("Start_Submitted", "Call_Eligibility")
                .isWaitingAt("Catch_CallClosed")
                .variables().containsEntry("eligible", true);
        assertThat(applications.get(pi.getBusinessKey()).status()).isEqualTo(ApplicationStatus.ELIGIBLE);

        runtime.createMessageCorrelation("CallClosed").processInstanceId(pi.getId()).correlate();
        assertThat(pi).isWaitingAt("Catch_Decision");
    }

    @Test
    void ineligibleApplicationConfirmedByTheManagerEndsIneligible() {
        Call call = openFirstStepCall();
        ProcessInstance pi = submitAndFind(call, applicant("en"), ineligibleApplication());

        assertThat(eligibilityOf(pi)).hasPassed("Task_CheckEligibility", "Task_SendIneligibilityLetter")
                .hasNotPassed("Task_AcknowledgeReceipt")
                .isWaitingAt("Task_ReviewIneligibility");
        assertThat(task(eligibilityOf(pi))).hasCandidateGroup(Groups.MANAGERS).hasName("Review ineligibility: Graphene photonics for quantum links");

        String managerId = manager();
        completeAs(managerId, pi, false, "The unit is not ours; confirmed with the unit registry.");

        assertThat(eligibilityOf(pi)).isEnded().hasPassed("End_Ineligible").hasNotPassed("Task_SendReinstatement");
        assertThat(pi).isEnded().hasPassed("End_Ineligible");
        assertThat(applications.get(pi.getBusinessKey()).status()).isEqualTo(ApplicationStatus.INELIGIBLE);
        EligibilityRecord record = eligibility.recordOf(pi.getBusinessKey()).orElseThrow();
        assertThat(record.overridden()).isFalse();
        assertThat(record.decidedBy()).isEqualTo(managerId);
        assertThat(record.decisionReason()).isEqualTo("The unit is not ours; confirmed with the unit registry.");
    }

    @Test
    void overriddenIneligibilityIsReinstatedAndWaitsForTheCallToClose() {
        Call call = openFirstStepCall();
        ProcessInstance pi = submitAndFind(call, applicant("fr"), ineligibleApplication());

        completeAs(manager(), pi, true, "The unit joined the funder on 1 January.");

        assertThat(eligibilityOf(pi)).isEnded().hasPassedInOrder("Task_ReviewIneligibility", "Task_SendReinstatement");
        assertThat(pi).isWaitingAt("Catch_CallClosed");
        assertThat(applications.get(pi.getBusinessKey()).status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(eligibility.recordOf(pi.getBusinessKey()).orElseThrow().overridden()).isTrue();
    }

    @Test
    void aDecisionWithoutReasonIsRefusedAndTheTaskStaysOpen() {
        Call call = openFirstStepCall();
        ProcessInstance pi = submitAndFind(call, applicant("en"), ineligibleApplication());
        String taskId = task(eligibilityOf(pi)).getId();

        assertThatThrownBy(() -> tasks.complete(taskId, withVariables("override", true, "decisionReason", " ")))
                .hasMessageContaining("reason is required");

        assertThat(eligibilityOf(pi)).isWaitingAt("Task_ReviewIneligibility");
        assertThat(eligibility.recordOf(pi.getBusinessKey()).orElseThrow().overridden()).isNull();
    }

    private ProcessInstance submitAndFind(Call call, String applicantId, Map<String, Object> application) {
        var response = submit(call.id(), applicantId, application, pdf(), null);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        String applicationId = (String) response.getBody().get("id");
        return runtime.createProcessInstanceQuery().processDefinitionKey("first-step-application")
                .processInstanceBusinessKey(applicationId).singleResult();
    }

    /** The eligibility process the application's process called. */
    private static ProcessInstance eligibilityOf(ProcessInstance pi) {
        return CalledProcess.of(pi, "eligibility");
    }

    private void completeAs(String userId, ProcessInstance pi, boolean override, String reason) {
        identity.setAuthentication(userId, java.util.List.of(Groups.MANAGERS));
        try {
            tasks.complete(task(eligibilityOf(pi)).getId(), withVariables("override", override, "decisionReason", reason));
        } finally {
            identity.clearAuthentication();
        }
    }

    static Map<String, Object> ineligibleApplication() {
        Map<String, Object> application = eligibleApplication();
        application.put("unitCode", "NOTOURS1");
        return application;
    }
}
