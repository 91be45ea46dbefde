package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.grantflow.support.CoversForms;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.Test;

/** A manager opens an annual report from the approval task in Tasklist, asks for changes, then approves the revision. */
@RequiresChromium
@CoversForms("irp-annual-report-review")
class IrpAnnualReportReviewBrowserTest extends IrpScenario {

    @Test
    void aManagerAsksForChangesThenApprovesTheAnnualReportInTasklist() throws Exception {
        String manager = manager();
        String coordinator = applicant("en");
        String applicationId = startedProject("arb", coordinator, manager, 1);
        postAnnualReport(applicationId, coordinator);

        try (IrpTasklist tasklist = IrpTasklist.logIn(port, manager)) {
            String first = taskOf(applicationId, "Task_ApproveReport").getId();
            tasklist.open(first, "Ocean acoustics network arb");
            assertThat(tasklist.link("Open the annual report 1")).endsWith("/portal/applications/" + applicationId + "/annual-reports/1");
            assertThat(tasklist.link("The project in the portal")).endsWith("/portal/applications/" + applicationId);
            tasklist.type("Field_annualReportComment", "Add the exchange visits.").complete(tasks, first, "tasklist-irp-annual-report-changes");
            runDueJobs();
            assertThat(reportReviewOf(applicationId)).hasPassed("Task_AskChanges").isWaitingAt("Receive_RevisedReport");
            assertThat(mailSubjectsTo(coordinator)).contains("Changes requested to annual report 1 of \"Ocean acoustics network arb\"");

            postAnnualReport(applicationId, coordinator);
            String second = taskOf(applicationId, "Task_ApproveReport").getId();
            tasklist.open(second, "Ocean acoustics network arb").tick("Field_approveAnnualReport")
                    .complete(tasks, second, "tasklist-irp-annual-report-approved");
        }
        runDueJobs();
        assertThat(projectOf(applicationId)).isWaitingAt("Timer_ProjectEnds");
        assertThat(jdbc.sql("SELECT approved FROM irp_annual_report WHERE application_id = ? ORDER BY submitted_at")
                .param(applicationId).query(Boolean.class).list()).containsExactly(false, true);
        assertThat(jdbc.sql("SELECT review_comment FROM irp_annual_report WHERE application_id = ? AND NOT approved")
                .param(applicationId).query(String.class).single()).isEqualTo("Add the exchange visits.");
    }
}
