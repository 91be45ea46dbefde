package io.grantflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.CalledProcess;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Joint Lab label is a programme of files alone, read from a directory outside the classpath (the project
 * directory, named by grantflow.programmes.location): its settings, decision table, process and letters drive an
 * application from submission to the label's closing, on the shared grant-call, eligibility, review and report processes.
 */
class JointLabProgrammeTest extends CallScenario {

    @Autowired ApplicationService applications;
    @Autowired Programmes programmes;

    @Test
    void aJointLabIsLabelledFromItsFilesAloneAndClosedAfterItsYears() throws Exception {
        assertThat(getClass().getResource("/bpmn/joint-lab/programme.yaml")).as("not on the classpath").isNull();
        ProgrammeDefinition jointLab = programmes.get("JOINT_LAB");
        assertThat(jointLab.name().fr()).isEqualTo("Label Laboratoire conjoint");
        assertThat(jointLab.setting("minDurationMonths")).hasValueSatisfying(s -> assertThat(s.defaultValue()).isEqualTo(24L));

        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"),
                reviewer("US", "oceanography", "climate"));
        Call call = callWithPanel("JOINT_LAB", panel, Map.of(), "50000");
        assertThat(call.settings().integer("maxDurationMonths")).isEqualTo(60);

        String labelled = applicant("en");
        String tooShort = applicant("fr");
        String labelledApp = submitJointLab(call, labelled, "Kyoto-Lyon photonics lab", 36, 15000);
        String shortApp = submitJointLab(call, tooShort, "Deux mois à Tokyo", 12, 2000);
        runDueJobs();

        assertThat(applications.get(shortApp).status()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat((String) lastMessageTo(tooShort).getContent())
                .contains("Le label est demandé pour 12 mois ; un Laboratoire conjoint est labellisé pour au moins 24 mois.");
        assertThat(applications.get(labelledApp).status()).isEqualTo(ApplicationStatus.ELIGIBLE);

        ProcessInstance callProcess = closeCall(call);
        for (Task task : reviewTasksOf(labelledApp)) {
            review(task, 5, 4, 5, "A lasting plan with shared students.");
        }
        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking");
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        assertThat(committee.getName()).isEqualTo("Labelling committee: " + call.title());
        asUser(manager, () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", List.of(labelledApp))));
        runDueJobs();
        MimeMessage granted = lastMessageTo(labelled);
        assertThat(granted.getSubject()).isEqualTo("Your collaboration \"Kyoto-Lyon photonics lab\" is labelled a Joint Lab");
        assertThat((String) granted.getContent()).contains("15000.00 EUR", "A lasting plan with shared students.");

        assertThat(post("/api/applications/" + labelledApp + "/award/acceptance", labelled).getStatusCode().value()).isEqualTo(204);
        runDueJobs();
        assertThat(lastMessageTo(labelled).getSubject()).isEqualTo("Joint Lab \"Kyoto-Lyon photonics lab\": the label has started");

        ProcessInstance label = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(labelledApp)
                .processDefinitionKey("joint-lab-application").singleResult();
        moveClockTo(call.closesAt().plus(Duration.ofDays(3 * 366 + 5)));
        runDueJobs();
        assertThat(label).isWaitingAt("Call_FinalReportReview");
        ProcessInstance review = CalledProcess.of(label, "report-review");
        assertThat(postReport(labelledApp, labelled).getStatusCode().value()).isEqualTo(204);
        Task approval = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
        asUser(manager, () -> tasks.complete(approval.getId(), Map.of("approveReport", true, "reportComment", "")));
        runDueJobs();

        assertThat(label).isEnded().hasPassed("Task_TellClosed", "End_Closed");
        assertThat(applications.get(labelledApp).status()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(lastMessageTo(labelled).getSubject()).isEqualTo("Joint Lab \"Kyoto-Lyon photonics lab\": label closed");
    }

    private String submitJointLab(Call call, String applicant, String title, int months, int allowance) {
        Map<String, Object> application = new HashMap<>(eligibleApplication());
        application.remove("phdDate");
        application.put("title", title);
        application.put("durationMonths", months);
        application.put("budgetEur", allowance);
        var response = submit(call.id(), applicant, application, pdf(), null);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return (String) response.getBody().get("id");
    }
}
