package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.PortalSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The agreement is a document: written from the programme's template when the committee funds the project, sent with
 * every signing link, shown on the signing page and in the funder's task, and kept with the signatures, whose signed
 * copy only the coordinator and the managers may download.
 */
class IrpAgreementDocumentTest extends IrpScenario {

    @Test
    void theAgreementIsSentShownAndKeptWithWhoSignedWhen() {
        String manager = manager();
        Call call = irpCall(List.of(), Map.of());
        String coordinator = applicant("fr");
        String applicationId = submitIrp(call, coordinator, irpApplication("doc"));
        fundedByTheCommittee(applicationId);

        // Each partner's email links to the agreement, which the link's token opens.
        String kenMail = body(mailsToAddress("ken-doc@partner.example").get(0));
        String token = lastSigningToken("ken-doc@partner.example");
        assertThat(kenMail).contains("/agreement/sign/" + token + "/agreement.pdf");
        ResponseEntity<byte[]> sent = http.exchange("/agreement/sign/" + token + "/agreement.pdf", HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
        assertThat(sent.getStatusCode().value()).isEqualTo(200);
        assertThat(sent.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(text(sent.getBody())).contains("International Research Project agreement", "Ocean acoustics network doc",
                call.title(), "University of Tokyo (JP), team led by Ken Sato", "TU Berlin (DE), team led by Anna Weber",
                "Year 1: 15,000.00 EUR", "Year 5: 15,000.00 EUR", "Total: 75,000.00 EUR", "Terms", "not signed yet");
        assertThat(text(http.getForObject("/agreement/sign/" + token + "/agreement.pdf?lang=fr", byte[].class)))
                .contains("Accord de projet de recherche international", "Année 1 : 15 000,00 EUR", "Conditions");
        assertThat(http.exchange("/agreement/sign/not-a-token/agreement.pdf", HttpMethod.GET, HttpEntity.EMPTY, String.class)
                .getStatusCode().value()).isEqualTo(404);

        // The signing page shows the text itself before the button.
        assertThat(openSigningPage(token).getBody()).contains("Budget by project year", "Year 3: 15,000.00 EUR", "TU Berlin",
                "/agreement/sign/" + token + "/agreement.pdf");

        // The funder's task links to the agreement in the portal.
        var task = taskOf(applicationId, "Task_FunderSigns");
        assertThat(tasks.getVariable(task.getId(), "agreementUrl")).asString()
                .endsWith("/portal/applications/" + applicationId + "/agreement");

        sign(token);
        complete(manager, task, Map.of("agreementSigned", true));
        sign(lastSigningToken("anna-doc@partner.example"));
        assertThat(openSigningPage(token).getStatusCode().value()).as("a spent link opens nothing more").isEqualTo(410);

        // The signed agreement: each party, who signed and when; for the coordinator (in French) and the managers.
        String signed = text(download(coordinator, applicationId, 200));
        assertThat(signed).contains("Accord de projet de recherche international", "University of Tokyo : signé par Ken Sato le",
                "TU Berlin : signé par Anna Weber le", "signé par Test manager (" + manager + ") le", "(heure de Paris)")
                .doesNotContain("pas encore signé");
        assertThat(text(download(manager, applicationId, 200))).contains("University of Tokyo: signed by Ken Sato on", "(Paris time)");
        download(applicant("en"), applicationId, 404);
        download(reviewer("JP", "acoustics"), applicationId, 404);
        assertThat(PortalSession.anonymous(port).get("/portal/applications/" + applicationId + "/agreement").statusCode()).isEqualTo(302);
    }

    private byte[] download(String userId, String applicationId, int status) {
        HttpResponse<byte[]> answer = PortalSession.logIn(port, userId).get("/portal/applications/" + applicationId + "/agreement");
        assertThat(answer.statusCode()).as("agreement for %s", userId).isEqualTo(status);
        return answer.body();
    }

    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
