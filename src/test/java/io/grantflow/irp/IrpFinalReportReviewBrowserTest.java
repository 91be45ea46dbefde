package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;

import io.grantflow.support.CoversForms;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager opens the final report from the approval task in Tasklist, asks for changes, then approves and closes the project. */
@RequiresChromium
@CoversForms("final-report-review")
class IrpFinalReportReviewBrowserTest extends IrpScenario {

    @Autowired ApplicationService applications;

    @Test
    void aManagerAsksForChangesThenApprovesTheFinalReportInTasklist() throws Exception {
        String manager = manager();
        String coordinator = applicant("en");
        String applicationId = startedProject("frb", coordinator, manager, 1);
        yearReportedAndApproved(applicationId, coordinator, manager);
        moveClockTo(Instant.parse((String) engine.getRuntimeService().getVariable(projectOf(applicationId).getId(), "projectEndsAt"))
                .plusSeconds(3600));
        runDueJobs();
        assertThat(projectOf(applicationId)).isWaitingAt("Call_FinalReportReview");
        assertThat(reportReviewOf(applicationId)).isWaitingAt("Receive_Report");
        postFinalReport(applicationId, coordinator);

        try (IrpTasklist tasklist = IrpTasklist.logIn(port, manager)) {
            String first = taskOf(applicationId, "Task_ApproveReport").getId();
            tasklist.open(first, "Ocean acoustics network frb");
            assertThat(tasklist.link("Open the final report")).endsWith("/portal/applications/" + applicationId + "/final-report");
            tasklist.type("Field_reportComment", "Add the data plan.").complete(tasks, first, "tasklist-irp-final-report-changes");
            runDueJobs();
            assertThat(reportReviewOf(applicationId)).hasPassed("Task_AskChanges").isWaitingAt("Receive_RevisedReport");

            postFinalReport(applicationId, coordinator);
            String second = taskOf(applicationId, "Task_ApproveReport").getId();
            tasklist.open(second, "Ocean acoustics network frb").tick("Field_approveReport")
                    .complete(tasks, second, "tasklist-irp-final-report-approved");
        }
        runDueJobs();
        assertThat(applications.get(applicationId).status()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(jdbc.sql("SELECT approved FROM final_report WHERE application_id = ? ORDER BY submitted_at")
                .param(applicationId).query(Boolean.class).list()).containsExactly(false, true);
        assertThat(mailSubjectsTo(coordinator)).contains("Project \"Ocean acoustics network frb\" closed");
    }
}
