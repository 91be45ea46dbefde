package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.grantflow.support.CoversForms;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** At the mid-term evaluation in Tasklist a manager continues one project and stops another, each with the reason. */
@RequiresChromium
@CoversForms("irp-mid-term")
class IrpMidTermBrowserTest extends IrpScenario {

    @Autowired ApplicationService applications;

    @Test
    void aManagerContinuesOneProjectAndStopsAnotherInTasklist() throws Exception {
        String manager = manager();
        String coordinator = applicant("en");
        String going = startedProject("mtgo", coordinator, manager, 3);
        String stopping = startedProject("mtstop", coordinator, manager, 3);
        for (int year = 1; year <= 2; year++) {
            yearReportedAndApproved(going, coordinator, manager);
            yearReportedAndApproved(stopping, coordinator, manager);
        }
        assertThat(projectOf(going)).isWaitingAt("Task_MidTermEvaluation");
        assertThat(projectOf(stopping)).isWaitingAt("Task_MidTermEvaluation");

        try (IrpTasklist tasklist = IrpTasklist.logIn(port, manager)) {
            String first = taskOf(going, "Task_MidTermEvaluation").getId();
            tasklist.open(first, "Ocean acoustics network mtgo");
            assertThat(tasklist.link("Open the last annual report")).endsWith("/portal/applications/" + going + "/annual-reports/2");
            tasklist.choose("Field_continueProject", 0).type("Field_midTermReason", "On track: two papers and a shared data set.")
                    .complete(tasks, first, "tasklist-irp-mid-term-continue");
            String second = taskOf(stopping, "Task_MidTermEvaluation").getId();
            tasklist.open(second, "Ocean acoustics network mtstop").choose("Field_continueProject", 1)
                    .type("Field_midTermReason", "The partnership has not produced the planned data.")
                    .complete(tasks, second, "tasklist-irp-mid-term-stop");
        }
        runDueJobs();
        assertThat(projectOf(going)).hasPassed("Task_ReleaseTranche").isWaitingAt("Call_AnnualReportReview");
        assertThat(reportReviewOf(going)).isWaitingAt("Receive_Report");
        assertThat(tranchesReleased(going)).isEqualByComparingTo("45000");
        assertThat(applications.get(stopping).status()).isEqualTo(ApplicationStatus.STOPPED);
        assertThat(tranchesReleased(stopping)).isEqualByComparingTo("30000");
        assertThat(jdbc.sql("SELECT reason FROM irp_mid_term WHERE application_id = ? AND NOT continued").param(stopping)
                .query(String.class).single()).isEqualTo("The partnership has not produced the planned data.");
        assertThat(count("SELECT COUNT(*) FROM irp_mid_term WHERE application_id = ? AND continued", going)).isEqualTo(1);
    }
}
