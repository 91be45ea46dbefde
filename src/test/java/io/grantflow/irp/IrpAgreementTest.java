package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** The agreement: the funder signs in Tasklist, each partner through a one-time link that needs no account. */
class IrpAgreementTest extends IrpScenario {

    @Test
    @SuppressWarnings("unchecked")
    void aPartnerWhoNeverSignsIsRemindedWithANewLinkThenTheManagersAreTold() {
        String manager = manager();
        Call call = irpCall(List.of(), Map.of("signatureReminderDays", 5, "signatureEscalationDays", 12));
        String coordinator = applicant("fr");
        String applicationId = submitIrp(call, coordinator, irpApplication("late"));
        fundedByTheCommittee(applicationId);
        ProcessInstance project = projectOf(applicationId);
        Instant opened = CallService.now();
        assertThat(mailSubjectsTo(coordinator)).contains("Votre projet IRP « Ocean acoustics network late » est financé");
        assertThat(subject(mailsToAddress("anna-late@partner.example").get(0)))
                .isEqualTo("Please sign the agreement of the project \"Ocean acoustics network late\"");
        String firstLink = lastSigningToken("anna-late@partner.example");

        assertThat(sign(lastSigningToken("ken-late@partner.example")).getStatusCode().value()).isEqualTo(200);
        complete(manager, taskOf(applicationId, "Task_FunderSigns"), Map.of("agreementSigned", true));

        // After five days: a reminder with a new link; the first link no longer works.
        moveClockTo(opened.plus(Duration.ofDays(6)));
        runDueJobs();
        assertThat(mailsToAddress("anna-late@partner.example")).extracting(IrpScenario::subject)
                .contains("Reminder: the agreement of \"Ocean acoustics network late\" awaits your signature");
        String reminderLink = lastSigningToken("anna-late@partner.example");
        assertThat(reminderLink).isNotEqualTo(firstLink);
        assertThat(openSigningPage(firstLink).getStatusCode().value()).isEqualTo(404);
        assertThat(project).hasPassed("Task_SendReminderLink").isWaitingAt("Receive_PartnerSigned");
        assertThat(mailSubjectsTo(manager)).noneMatch(s -> s.startsWith("Agreement not signed"));

        // After twelve days: the managers are told; the project still waits for the signature.
        moveClockTo(opened.plus(Duration.ofDays(13)));
        runDueJobs();
        assertThat(mailSubjectsTo(manager)).contains("Agreement not signed by TU Berlin: \"Ocean acoustics network late\"");
        assertThat(project).hasPassed("Task_TellSignatureMissing").isWaitingAt("Receive_PartnerSigned");
        assertThat(count("SELECT COUNT(*) FROM irp_tranche WHERE application_id = ?", applicationId)).isZero();

        // The reminder's link still works: the last signature starts the project.
        assertThat(sign(reminderLink).getStatusCode().value()).isEqualTo(200);
        assertThat(project).hasPassed("Gateway_JoinSignatures", "Task_StartProject", "Task_ReleaseTranche").isWaitingAt("Call_AnnualReportReview");
        assertThat(reportReviewOf(applicationId)).isWaitingAt("Receive_Report");
        assertThat(count("SELECT COUNT(*) FROM irp_tranche WHERE application_id = ?", applicationId)).isEqualTo(1);

        // The coordinator reads the agreement's state; another applicant cannot.
        Map<?, ?> state = get("/api/applications/" + applicationId + "/irp", coordinator, Map.class).getBody();
        assertThat((List<Map<String, Object>>) state.get("signatures")).extracting(s -> s.get("signed")).containsOnly(true);
        assertThat((List<?>) state.get("tranches")).hasSize(1);
        assertThat(get("/api/applications/" + applicationId + "/irp", applicant("en"), Map.class).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theSigningLinkWorksOnceAndRefusesAlteredReusedAndExpiredTokens() {
        String manager = manager();
        Call call = irpCall(List.of(), Map.of("signatureLinkDays", 10));
        String applicationId = submitIrp(call, applicant("en"), irpApplication("link"));
        fundedByTheCommittee(applicationId);
        ProcessInstance project = projectOf(applicationId);
        String token = lastSigningToken("ken-link@partner.example");

        ResponseEntity<String> page = openSigningPage(token);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("University of Tokyo", "Ocean acoustics network link", "Sign / Signer");
        assertThat(count("SELECT COUNT(*) FROM irp_signature WHERE token_hash = ?", token)).as("stored hashed").isZero();

        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(sign(altered).getStatusCode().value()).isEqualTo(404);
        assertThat(sign("not-a-token").getStatusCode().value()).isEqualTo(404);

        ResponseEntity<String> signed = sign(token);
        assertThat(signed.getStatusCode().value()).isEqualTo(200);
        assertThat(signed.getBody()).contains("your institution has signed the agreement");
        ResponseEntity<String> reused = sign(token);
        assertThat(reused.getStatusCode().value()).isEqualTo(410);
        assertThat(reused.getBody()).contains("already been used");
        assertThat(openSigningPage(token).getStatusCode().value()).isEqualTo(410);

        // The other partner waits past the link's ten days: the link has expired.
        String late = lastSigningToken("anna-link@partner.example");
        moveClockTo(CallService.now().plus(Duration.ofDays(11)));
        ResponseEntity<String> expired = http.exchange("/agreement/sign/" + late, org.springframework.http.HttpMethod.POST,
                org.springframework.http.HttpEntity.EMPTY, String.class);
        assertThat(expired.getStatusCode().value()).isEqualTo(410);
        assertThat(expired.getBody()).contains("expired");
        assertThat(count("SELECT COUNT(*) FROM irp_signature WHERE application_id = ? AND signed_at IS NOT NULL", applicationId)).isEqualTo(1);

        // A manager has a new link sent to the late partner (position 1); only a manager may, and only while the
        // partner has not signed (Ken, position 0, has).
        String newLinkPath = "/api/applications/" + applicationId + "/agreement/partners/";
        assertThat(postAs(newLinkPath + "1/new-link", applicant("en")).getStatusCode().value()).isEqualTo(403);
        assertThat(postAs(newLinkPath + "0/new-link", manager).getStatusCode().value()).isEqualTo(409);
        assertThat(postAs(newLinkPath + "7/new-link", manager).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> asked = postAs(newLinkPath + "1/new-link", manager);
        assertThat(asked.getStatusCode().value()).isEqualTo(202);
        assertThat(asked.getBody()).contains("TU Berlin", "anna-link@partner.example");
        runJobsUntilDone(5);
        assertThat(project).hasPassed("Task_SendNewLink").isWaitingAt("Receive_PartnerSigned");
        String fresh = lastSigningToken("anna-link@partner.example");
        assertThat(fresh).isNotEqualTo(late);
        assertThat(openSigningPage(late).getStatusCode().value()).isEqualTo(404);
        assertThat(sign(fresh).getStatusCode().value()).isEqualTo(200);
        assertThat(postAs(newLinkPath + "1/new-link", manager).getStatusCode().value()).isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM irp_signature WHERE application_id = ? AND signed_at IS NOT NULL", applicationId)).isEqualTo(2);

        // The funder's task is not completed without the signature ticked.
        assertThatThrownBy(() -> complete(manager, taskOf(applicationId, "Task_FunderSigns"), Map.of("agreementSigned", false)))
                .hasMessageContaining("Tick 'signed'");
        // Both partners have signed: only the funder's signature is missing.
        assertThat(project).isWaitingAt("Task_FunderSigns", "Gateway_JoinSignatures");
    }

    private ResponseEntity<String> postAs(String path, String userId) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBasicAuth(userId, userId);
        return http.exchange(path, org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(headers), String.class);
    }
}
