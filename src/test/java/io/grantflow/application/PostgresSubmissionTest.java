package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.PostgresIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The postgres profile for real: Flyway's tables, Camunda's schema and a submission end to end on PostgreSQL. */
class PostgresSubmissionTest extends PostgresIntegrationTest {

    @Test
    void theApplicationRunsOnPostgresql() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE success")).isGreaterThanOrEqualTo(2);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("first-step-application").count())
                .isEqualTo(1);
    }

    @Test
    void aSubmissionIsStoredWithItsPdfProcessAndReceipt() throws Exception {
        Call call = openFirstStepCall();
        String alice = applicant("en");
        byte[] proposal = pdf();

        ResponseEntity<Map> response = submit(call.id(), alice, eligibleApplication(), proposal, "pg-1");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) response.getBody().get("id");
        assertThat(response.getBody()).containsEntry("status", "ELIGIBLE");
        assertThat(count("SELECT COUNT(*) FROM application WHERE id = ? AND process_instance_id IS NOT NULL", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM application_partner WHERE application_id = ?", id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM eligibility_verdict WHERE application_id = ? AND eligible", id)).isEqualTo(1);
        assertThat(get("/api/applications/" + id + "/proposal", alice, byte[].class).getBody()).isEqualTo(proposal);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);

        // The same key again gives the same application; a second one is refused.
        assertThat(submit(call.id(), alice, eligibleApplication(), proposal, "pg-1").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(submit(call.id(), alice, eligibleApplication(), proposal, "pg-2").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isEqualTo(1);

        assertThat(runJobs()).isEmpty();
        List<MimeMessage> mails = mailsTo(alice);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Graphene photonics for quantum links");
        assertThat(count("SELECT COUNT(*) FROM notification WHERE reference_id = ? AND status = 'SENT'", id)).isEqualTo(1);

        Map<String, Object> detail = get("/api/applications/" + id, alice, Map.class).getBody();
        assertThat((List<Map<String, Object>>) detail.get("timeline")).extracting(s -> s.get("name"))
                .contains("Application submitted", "Acknowledge receipt");
        assertThat(get("/api/notifications?reference=" + id, manager(), List.class).getBody()).hasSize(1);
    }
}
