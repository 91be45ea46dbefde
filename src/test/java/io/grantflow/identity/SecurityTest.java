package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who may do what: the engine's REST API, Camunda's setup page, the manager-only endpoints, demo users. */
class SecurityTest extends IntegrationTest {

    @Test
    void engineRestNeedsAuthenticationAndAppliesAuthorizations() {
        assertThat(get("/engine-rest/process-definition", null, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        String applicant = applicant("en");
        ResponseEntity<List> asApplicant = get("/engine-rest/process-definition", applicant, List.class);
        assertThat(asApplicant.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asApplicant.getBody()).as("an applicant is authorized to see no process definition").isEmpty();
        ResponseEntity<List> asManager = get("/engine-rest/process-definition", manager(), List.class);
        assertThat(asManager.getBody()).extracting(d -> ((Map<?, ?>) d).get("key")).contains("first-step-application");
    }

    @Test
    void theAdminIsConfiguredSoNobodyCanTakeOverTheSetupPage() {
        assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Groups.ADMINS).count()).isEqualTo(1);
        assertThat(identity.checkPassword("admin", "admin-test-password")).isTrue();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String intruder = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\",\"email\":\"i@x.example\"},"
                + "\"credentials\":{\"password\":\"takeover123\"}}";
        ResponseEntity<String> setup = http.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                new HttpEntity<>(intruder, headers), String.class);

        assertThat(setup.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void onlyManagersReadTheOutboxAndCreateCalls() {
        String applicant = applicant("en");
        assertThat(get("/api/notifications", applicant, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/notifications", manager(), List.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(applicant, applicant);
        String call = "{\"programme\":\"FIRST_STEP\",\"title\":\"Mine\",\"opensAt\":\"2026-01-01T09:00\",\"closesAt\":\"2026-02-01T17:00\",\"envelopeEur\":1000}";
        assertThat(http.exchange("/api/calls", HttpMethod.POST, new HttpEntity<>(call, headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void demoUsersExistOnlyInTheDemoProfile() {
        assertThat(identity.createUserQuery().userIdIn("manager", "alice", "bob", "anna").count()).isZero();
    }

    @Test
    void applicantsRegisterThemselvesAndLandInTheApplicantsGroup() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"userId\":\"newcomer7\",\"firstName\":\"Nora\",\"lastName\":\"Ngata\",\"email\":\"nora@example.org\","
                + "\"password\":\"long-enough-for-us\",\"language\":\"fr\"}";
        assertThat(http.exchange("/api/register", HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(identity.createUserQuery().userId("newcomer7").memberOfGroup(Groups.APPLICANTS).count()).isEqualTo(1);
        assertThat(identity.getUserInfo("newcomer7", "language")).isEqualTo("fr");

        ResponseEntity<Map> again = http.exchange("/api/register", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<Map> bad = http.exchange("/api/register", HttpMethod.POST,
                new HttpEntity<>("{\"userId\":\"x!\",\"password\":\"short\"}", headers), Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("userId", "password", "email", "language");
    }
}
