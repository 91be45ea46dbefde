package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** Refused at the door: a 4xx problem detail naming the field, and nothing stored, no process started. */
class SubmissionRefusalTest extends IntegrationTest {

    Call call;
    String applicant;

    @BeforeEach
    void openCallAndApplicant() {
        call = openFirstStepCall();
        applicant = applicant("en");
    }

    @Test
    void missingTitle() {
        Map<String, Object> a = eligibleApplication();
        a.remove("title");
        assertRefused(submit(call.id(), applicant, a, pdf(), null), 400, "title");
    }

    @Test
    void abstractLongerThanTheCallAllows() {
        Map<String, Object> a = eligibleApplication();
        a.put("abstractText", "x".repeat(3001));
        assertRefused(submit(call.id(), applicant, a, pdf(), null), 400, "abstractText");
    }

    @Test
    void tooFewAndTooManyKeywords() {
        Map<String, Object> a = eligibleApplication();
        a.put("keywords", List.of("one", "two"));
        assertRefused(submit(call.id(), applicant, a, pdf(), null), 400, "keywords");
        a.put("keywords", List.of("k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11"));
        assertRefused(submit(call.id(), applicant, a, pdf(), null), 400, "keywords");
    }

    @Test
    void budgetNotAPositiveAmount() {
        Map<String, Object> a = eligibleApplication();
        a.put("budgetEur", 0);
        assertRefused(submit(call.id(), applicant, a, pdf(), null), 400, "budgetEur");
        a.put("budgetEur", -5);
        assertRefused(submit(call.id(), applicant, a, pdf(), null), 400, "budgetEur");
        a.put("budgetEur", "a lot");
        assertRefused(submit(call.id(), applicant, a, pdf(), null), 400, "budgetEur");
    }

    @Test
    void aFileThatIsNotReallyAPdf() {
        byte[] disguised = "%PDF-1.4 but really just text, no objects, no trailer".getBytes();
        assertRefused(submitRaw(call.id(), applicant, json(eligibleApplication()), disguised, "cv.pdf", null), 400, "proposal");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertRefused(submitRaw(call.id(), applicant, json(eligibleApplication()), png, "photo.pdf", null), 400, "proposal");
    }

    @Test
    void aPdfOverTenMegabytes() {
        byte[] real = pdf();
        byte[] big = Arrays.copyOf(real, 10 * 1024 * 1024 + 1);
        Arrays.fill(big, real.length, big.length, (byte) ' ');
        assertRefused(submitRaw(call.id(), applicant, json(eligibleApplication()), big, "big.pdf", null), 413, "proposal");
    }

    @Test
    void missingProposalPart() {
        assertRefused(submitRaw(call.id(), applicant, json(eligibleApplication()), null, null, null), 400, "proposal");
    }

    @Test
    void brokenJson() {
        // The problem names the field where the JSON breaks off.
        assertRefused(submitRaw(call.id(), applicant, "{\"title\": \"unterminated", pdf(), "p.pdf", null), 400, "title");
    }

    @Test
    void unknownCall() {
        ResponseEntity<Map> response = submit("no-such-call", applicant, eligibleApplication(), pdf(), null);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", applicant)).isZero();
    }

    @Test
    void aClosedCall() {
        Call closed = callAt(LocalDateTime.now(Call.FUNDER_ZONE).minusDays(10), LocalDateTime.now(Call.FUNDER_ZONE).minusMinutes(1));
        assertRefused(submit(closed.id(), applicant, eligibleApplication(), pdf(), null), 409, "callId");
    }

    @Test
    void aCallNotOpenYet() {
        Call upcoming = callAt(LocalDateTime.now(Call.FUNDER_ZONE).plusDays(1), LocalDateTime.now(Call.FUNDER_ZONE).plusDays(10));
        assertRefused(submit(upcoming.id(), applicant, eligibleApplication(), pdf(), null), 409, "callId");
    }

    @Test
    void aSecondApplicationToTheSameCall() {
        assertThat(submit(call.id(), applicant, eligibleApplication(), pdf(), null).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<Map> second = submit(call.id(), applicant, eligibleApplication(), pdf(), "another-key");
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", applicant)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM application_document d JOIN application a ON a.id = d.application_id WHERE a.applicant_id = ?", applicant)).isEqualTo(1);
    }

    @Test
    void partnerCountryNotTwoLetters() {
        Map<String, Object> a = eligibleApplication();
        a.put("partners", List.of(Map.of("institution", "MIT", "country", "USA", "leadName", "Jo Lee")));
        assertRefused(submit(call.id(), applicant, a, pdf(), null), 400, "partners[0].country");
    }

    @Test
    void notLoggedIn() {
        ResponseEntity<Map> response = http.postForEntity("/api/calls/" + call.id() + "/applications", null, Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    private Call callAt(LocalDateTime opens, LocalDateTime closes) {
        return calls.create(new CallService.NewCall("FIRST_STEP", "Timed call", opens, closes, new BigDecimal("1000"), Map.of()), "test");
    }

    /** The refusal names the field, and the applicant has no row, file or process anywhere. */
    private void assertRefused(ResponseEntity<Map> response, int status, String field) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field")).contains(field);
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).allSatisfy(e -> assertThat(e).containsOnlyKeys("field", "message"));
        assertThat(count("SELECT COUNT(*) FROM application WHERE applicant_id = ?", applicant)).isZero();
        assertThat(count("SELECT COUNT(*) FROM application_document d JOIN application a ON a.id = d.application_id WHERE a.applicant_id = ?", applicant)).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("applicantId", applicant).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().variableValueEquals("applicantId", applicant).count()).isZero();
    }
}
