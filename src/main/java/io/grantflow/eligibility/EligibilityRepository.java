package io.grantflow.eligibility;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EligibilityRepository {

    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    EligibilityRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void saveVerdict(String applicationId, Verdict verdict, Instant at) {
        jdbc.sql("DELETE FROM eligibility_verdict WHERE application_id = ?").param(applicationId).update();
        jdbc.sql("INSERT INTO eligibility_verdict (application_id, eligible, reasons, checked_at) VALUES (?, ?, ?, ?)")
                .params(applicationId, verdict.eligible(), write(verdict.reasons()), at.atOffset(ZoneOffset.UTC))
                .update();
    }

    void saveDecision(String applicationId, boolean overridden, String reason, String userId, Instant at) {
        jdbc.sql("""
                UPDATE eligibility_verdict SET overridden = ?, decision_reason = ?, decided_by = ?, decided_at = ?
                WHERE application_id = ?""")
                .params(overridden, reason, userId, at.atOffset(ZoneOffset.UTC), applicationId)
                .update();
    }

    Optional<EligibilityRecord> find(String applicationId) {
        return jdbc.sql("SELECT * FROM eligibility_verdict WHERE application_id = ?").param(applicationId)
                .query((rs, n) -> new EligibilityRecord(
                        new Verdict(rs.getBoolean("eligible"), read(rs.getString("reasons"))),
                        (Boolean) rs.getObject("overridden"),
                        rs.getString("decision_reason"),
                        rs.getString("decided_by")))
                .optional();
    }

    private String write(List<Reason> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Reason> read(String value) {
        try {
            return json.readValue(value, REASONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored eligibility reasons are not valid JSON", e);
        }
    }
}
