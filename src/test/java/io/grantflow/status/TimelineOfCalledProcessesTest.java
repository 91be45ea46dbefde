package io.grantflow.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.IntegrationTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The steps of a process the application's process called (here the shared eligibility process) show on the
 * applicant's timeline in the order they ran, between the application's own steps, without the called
 * process's start and end.
 */
class TimelineOfCalledProcessesTest extends IntegrationTest {

    @Test
    void anOverriddenIneligibilityShowsItsStepsInOrderBeforeTheCallCloses() {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        Map<String, Object> application = eligibleApplication();
        application.put("unitCode", "NOTOURS1");
        String id = (String) submit(call.id(), applicant, application, pdf(), null).getBody().get("id");
        Task review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("Task_ReviewIneligibility").singleResult();
        identity.setAuthentication(manager(), List.of(Groups.MANAGERS));
        try {
            engine.getTaskService().complete(review.getId(), Map.of("override", true, "decisionReason", "The unit joined in January."));
        } finally {
            identity.clearAuthentication();
        }

        List<Object> names = timeline(id, applicant).stream().map(step -> step.get("name")).toList();

        assertThat(names).containsExactly("Application submitted", "Check eligibility", "Send ineligibility letter",
                "Review ineligibility", "Send reinstatement letter", "Call closed");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timeline(String application, String user) {
        return (List<Map<String, Object>>) get("/api/applications/" + application, user, Map.class).getBody().get("timeline");
    }
}
