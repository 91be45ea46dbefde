package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An applicant submits through the JSON API and follows the application. */
class SubmissionApiTest extends IntegrationTest {

    @Test
    void submissionIsCreatedWithItsPdfAndProcessInOneGo() {
        Call call = openFirstStepCall();
        String alice = applicant("en");
        byte[] proposal = pdf();

        ResponseEntity<Map> response = submit(call.id(), alice, eligibleApplication(), proposal, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/applications/" + id);
        assertThat(response.getBody()).containsEntry("status", "ELIGIBLE");
        assertThat(count("SELECT COUNT(*) FROM application WHERE id = ? AND process_instance_id IS NOT NULL", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM application_document WHERE application_id = ? AND size_bytes = ?", id, proposal.length)).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);

        ResponseEntity<byte[]> pdf = get("/api/applications/" + id + "/proposal", alice, byte[].class);
        assertThat(pdf.getBody()).isEqualTo(proposal);
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameApplicationNotTwo() {
        Call call = openFirstStepCall();
        String alice = applicant("en");

        ResponseEntity<Map> first = submit(call.id(), alice, eligibleApplication(), pdf(), "retry-123");
        ResponseEntity<Map> second = submit(call.id(), alice, eligibleApplication(), pdf(), "retry-123");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("first-step-application").variableValueEquals("callId", call.id()).count()).isEqualTo(1);
    }

    @Test
    void anApplicantSeesOwnApplicationsWithStatusAndTimeline() {
        Call call = openFirstStepCall();
        String alice = applicant("en");
        String id = (String) submit(call.id(), alice, eligibleApplication(), pdf(), null).getBody().get("id");

        List<Map<String, Object>> mine = get("/api/applications", alice, List.class).getBody();
        assertThat(mine).extracting(m -> m.get("id")).containsExactly(id);

        Map<String, Object> detail = get("/api/applications/" + id, alice, Map.class).getBody();
        assertThat(detail).containsEntry("status", "ELIGIBLE").containsEntry("title", "Graphene photonics for quantum links");
        assertThat((List<Map<String, Object>>) detail.get("timeline")).extracting(s -> s.get("name"))
                .containsSubsequence("Application submitted", "Check eligibility", "Acknowledge receipt", "Call closed");
    }

    @Test
    void anotherApplicantGets404ForMyApplicationAndItsPdf() {
        Call call = openFirstStepCall();
        String alice = applicant("en");
        String bob = applicant("en");
        String id = (String) submit(call.id(), alice, eligibleApplication(), pdf(), null).getBody().get("id");

        assertThat(get("/api/applications/" + id, bob, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/applications/" + id + "/proposal", bob, Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/applications", bob, List.class).getBody()).isEmpty();
        assertThat(get("/api/applications/" + id, manager(), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void openCallsArePublic() {
        Call open = openFirstStepCall();

        List<Map<String, Object>> calls = get("/api/calls?status=open", null, List.class).getBody();

        assertThat(calls).extracting(c -> c.get("id")).contains(open.id());
        assertThat(calls).allSatisfy(c -> assertThat(c.get("status")).isEqualTo("OPEN"));
    }
}
