package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.util.HtmlUtils;

/**
 * An IRP coordinator's status page in plain words: once funded, the agreement is signed (no award to accept, so no
 * acceptance form); once the project runs, the annual report is due by its date, then received, then approved.
 */
class IrpApplicantStatusTest extends IrpScenario {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The agreement is being signed|Everyone signed the agreement: your project started.|Send the annual report of year 1 as a PDF by|We received the annual report of year 1.|A programme manager approved the annual report of year 1.",
            "fr|La convention est en cours de signature|Tous ont signé la convention : votre projet a commencé.|Envoyez le rapport annuel de l’année 1 en PDF avant le|Nous avons reçu le rapport annuel de l’année 1.|Un chargé de programme a approuvé le rapport annuel de l’année 1."})
    void theCoordinatorReadsTheAgreementAndTheAnnualReportDueByItsDate(String language, String signing, String signed, String due,
                                                                      String received, String approved) {
        String manager = manager();
        Call call = irpCall(List.of(), Map.of());
        String coordinator = applicant(language);
        String applicationId = submitIrp(call, coordinator, irpApplication("st" + language));
        fundedByTheCommittee(applicationId);

        String funded = status(coordinator, applicationId);
        assertThat(funded).contains(signing).doesNotContain("accept-form", "annual-report-form");

        sign(lastSigningToken("ken-st" + language + "@partner.example"));
        sign(lastSigningToken("anna-st" + language + "@partner.example"));
        complete(manager, taskOf(applicationId, "Task_FunderSigns"), Map.of("agreementSigned", true));
        Instant dueAt = Instant.parse((String) engine.getRuntimeService().getVariable(projectOf(applicationId).getId(), "annualReportDueAt"));
        String running = status(coordinator, applicationId);
        assertThat(running).contains(signed, due + " " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language))
                .withZone(Call.FUNDER_ZONE).format(dueAt), "annual-report-form").doesNotContain("accept-form", "id=\"report-form\"");

        assertThat(postAnnualReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(204);
        runJobsUntilDone(5);
        assertThat(status(coordinator, applicationId)).contains(received).doesNotContain("annual-report-form");
        complete(manager, taskOf(applicationId, "Task_ApproveReport"), Map.of("approveAnnualReport", true, "annualReportComment", ""));
        assertThat(status(coordinator, applicationId)).contains(approved).doesNotContain("Task_", "${");
    }

    /** The plain status part of the page as text, with the ids of the forms it offers. */
    private String status(String userId, String applicationId) {
        String html = new String(PortalSession.logIn(port, userId).get("/portal/applications/" + applicationId).body(), StandardCharsets.UTF_8);
        String part = html.substring(html.indexOf("id=\"plain-status\""), html.indexOf("<!-- status: end -->"));
        String forms = String.join(" ", part.lines().filter(l -> l.contains("<form")).map(l -> l.replaceAll(".*(id=\"[^\"]+\").*", "$1")).toList());
        return HtmlUtils.htmlUnescape(part.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")) + " " + forms;
    }
}
