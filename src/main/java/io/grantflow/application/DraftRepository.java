package io.grantflow.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The drafts of applications: one per applicant and call, the form as JSON beside the PDF once uploaded. */
@Repository
class DraftRepository {

    private static final String COLUMNS = "call_id, applicant_id, idempotency_key, form_json, proposal_name, publications_name, updated_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DraftRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Draft> find(String callId, String applicantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application_draft WHERE call_id = ? AND applicant_id = ?")
                .params(callId, applicantId).query(this::draft).optional();
    }

    List<Draft> ofApplicant(String applicantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application_draft WHERE applicant_id = ? ORDER BY updated_at DESC")
                .params(applicantId).query(this::draft).list();
    }

    /** Writes the form, keeping the draft's key and PDF; a first save creates the draft with the given key. */
    void saveForm(String callId, String applicantId, String newKey, PortalForm form, Instant now) {
        String formJson = write(form);
        if (updateForm(callId, applicantId, formJson, now) == 0) {
            try {
                jdbc.sql("INSERT INTO application_draft (call_id, applicant_id, idempotency_key, form_json, updated_at) VALUES (?, ?, ?, ?, ?)")
                        .params(callId, applicantId, newKey, formJson, now.atOffset(ZoneOffset.UTC)).update();
            } catch (DuplicateKeyException twin) {
                updateForm(callId, applicantId, formJson, now); // a save from another tab came first: this one is the later
            }
        }
    }

    void saveProposal(String callId, String applicantId, String fileName, byte[] content) {
        jdbc.sql("UPDATE application_draft SET proposal_name = ?, proposal_content = ? WHERE call_id = ? AND applicant_id = ?")
                .params(fileName, content, callId, applicantId).update();
    }

    Optional<ProposalFile> proposal(String callId, String applicantId) {
        return jdbc.sql("SELECT proposal_name, proposal_content FROM application_draft WHERE call_id = ? AND applicant_id = ? AND proposal_content IS NOT NULL")
                .params(callId, applicantId).query((rs, n) -> new ProposalFile(rs.getString(1), rs.getBytes(2))).optional();
    }

    void savePublications(String callId, String applicantId, String fileName, byte[] content) {
        jdbc.sql("UPDATE application_draft SET publications_name = ?, publications_content = ? WHERE call_id = ? AND applicant_id = ?")
                .params(fileName, content, callId, applicantId).update();
    }

    Optional<ProposalFile> publications(String callId, String applicantId) {
        return jdbc.sql("SELECT publications_name, publications_content FROM application_draft WHERE call_id = ? AND applicant_id = ? AND publications_content IS NOT NULL")
                .params(callId, applicantId).query((rs, n) -> new ProposalFile(rs.getString(1), rs.getBytes(2))).optional();
    }

    void delete(String callId, String applicantId) {
        jdbc.sql("DELETE FROM application_draft WHERE call_id = ? AND applicant_id = ?").params(callId, applicantId).update();
    }

    private int updateForm(String callId, String applicantId, String formJson, Instant now) {
        return jdbc.sql("UPDATE application_draft SET form_json = ?, updated_at = ? WHERE call_id = ? AND applicant_id = ?")
                .params(formJson, now.atOffset(ZoneOffset.UTC), callId, applicantId).update();
    }

    private Draft draft(ResultSet rs, int row) throws SQLException {
        try {
            return new Draft(rs.getString("call_id"), rs.getString("applicant_id"), rs.getString("idempotency_key"),
                    json.readValue(rs.getString("form_json"), PortalForm.class), rs.getString("proposal_name"), rs.getString("publications_name"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable draft of " + rs.getString("applicant_id"), e);
        }
    }

    private String write(PortalForm form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
