package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** An IRP call whose panel has nobody from abroad goes to the managers' task, and a reviewer from abroad added there unblocks it. */
class IrpBlockedAssignmentTest extends IrpScenario {

    @Test
    void aPanelWithoutAReviewerFromAbroadIsFixedByAddingOne() {
        String manager = manager();
        List<String> panel = List.of(reviewer("FR", "oceanography", "acoustics"), reviewer("FR", "acoustics", "climate"));
        String abroad = reviewer("JP", "oceanography", "climate");
        Call call = irpCall(panel, Map.of());
        String app = submitIrp(call, applicant("en"), irpApplication("blocked"));

        ProcessInstance instance = closeIrpCall(call);
        runJobsUntilDone(10);

        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_FixAssignment").singleResult();
        assertThat(task.getName()).isEqualTo("Reviewer assignment blocked: " + call.title());
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat((String) engine.getTaskService().getVariable(task.getId(), "blockedExplanation"))
                .contains("needs a reviewer working abroad");

        complete(manager, task, Map.of("maxLoad", 4L, "reviewersPerApplication", 2L, "addReviewerIds", List.of(abroad),
                "assignmentChoice", "retry"));
        runJobsUntilDone(10);

        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_FixAssignment").count()).isZero();
        assertThat(assignments.assignmentsOf(app)).extracting(a -> a.reviewerId()).contains(abroad).hasSize(2);
    }
}
