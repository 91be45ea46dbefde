package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/**
 * Reports are read by whoever approves them: the approval task links to the report, the project's page lists it
 * for the managers; the coordinator gets a receipt, and the portal offers a report only while one is due.
 */
class IrpReportsTest extends IrpScenario {

    @Test
    void anAnnualReportIsOfferedWhenDueAcknowledgedAndOpenedFromTheApprovalTask() {
        String manager = manager();
        Call call = irpCall(List.of(), Map.of());
        String coordinator = applicant("fr");
        String applicationId = submitIrp(call, coordinator, irpApplication("rep"));
        String page = "/portal/applications/" + applicationId;
        fundedByTheCommittee(applicationId);
        assertThat(html(coordinator, page)).as("no report before the project starts")
                .doesNotContain("id=\"annual-report-form\"", "id=\"report-form\"");
        sign(lastSigningToken("ken-rep@partner.example"));
        sign(lastSigningToken("anna-rep@partner.example"));
        complete(manager, taskOf(applicationId, "Task_FunderSigns"), Map.of("agreementSigned", true));

        // Year 1 runs: its annual report is due, the final report is not.
        assertThat(html(coordinator, page)).contains("id=\"annual-report-form\"", "année 1 (PDF)",
                "/portal/applications/" + applicationId + "/agreement").doesNotContain("id=\"report-form\"");

        assertThat(postAnnualReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(204);
        runJobsUntilDone(5);
        assertThat(mailSubjectsTo(coordinator)).contains("Rapport annuel 1 de « Ocean acoustics network rep » reçu");
        assertThat(html(coordinator, page)).as("nothing due while the report waits for approval")
                .doesNotContain("id=\"annual-report-form\"").contains("Rapport annuel 1, déposé le", "en attente d&#39;approbation");

        // The manager opens the report from the approval task and from the project's page; nobody else can.
        var approval = taskOf(applicationId, "Task_ApproveReport");
        String reportUrl = (String) tasks.getVariable(approval.getId(), "annualReportUrl");
        String reportPath = "/portal/applications/" + applicationId + "/annual-reports/1";
        assertThat(reportUrl).endsWith(reportPath);
        assertThat(tasks.getVariable(approval.getId(), "applicationUrl")).asString().endsWith(page);
        var opened = PortalSession.logIn(port, manager).get(reportPath);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(opened.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(html(manager, page)).contains(reportPath, "Annual report 1, filed on", "waiting for approval");
        assertThat(PortalSession.logIn(port, applicant("en")).get(reportPath).statusCode()).isEqualTo(404);
        assertThat(PortalSession.logIn(port, manager).get("/portal/applications/" + applicationId + "/annual-reports/2").statusCode())
                .isEqualTo(404);

        complete(manager, approval, Map.of("approveAnnualReport", true, "annualReportComment", ""));
        assertThat(html(coordinator, page)).contains("approuvé").doesNotContain("id=\"annual-report-form\"");
    }

    private String html(String userId, String path) {
        var answer = PortalSession.logIn(port, userId).get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
