package io.grantflow.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.grantflow.application.ProposalDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertDecision(String callId, Decision d, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO decision (application_id, call_id, funded, amount_eur, ranking, mean_score, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.applicationId(), callId, d.funded(), d.amountEur(), d.rank(),
                        d.meanScore() == null ? null : BigDecimal.valueOf(d.meanScore()).setScale(3, RoundingMode.HALF_UP),
                        by, utc(at))
                .update();
    }

    Optional<Decision> find(String applicationId) {
        return jdbc.sql("SELECT * FROM decision WHERE application_id = ?").param(applicationId)
                .query((rs, n) -> new Decision(rs.getString("application_id"), rs.getBoolean("funded"),
                        rs.getObject("amount_eur", BigDecimal.class), rs.getInt("ranking"),
                        rs.getObject("mean_score") == null ? null : rs.getDouble("mean_score")))
                .optional();
    }

    void insertAward(String applicationId, Instant acceptedAt, Instant projectEndsAt, Instant reportDueAt) {
        jdbc.sql("INSERT INTO award (application_id, accepted_at, project_ends_at, report_due_at) VALUES (?, ?, ?, ?)")
                .params(applicationId, utc(acceptedAt), utc(projectEndsAt), utc(reportDueAt))
                .update();
    }

    void insertReport(String id, String applicationId, String fileName, byte[] content, Instant at) {
        jdbc.sql("INSERT INTO final_report (id, application_id, file_name, content, submitted_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, applicationId, fileName, content, utc(at))
                .update();
    }

    /** The decision on the latest report of an application. */
    void reviewLatestReport(String applicationId, boolean approved, String comment, String by, Instant at) {
        jdbc.sql("""
                UPDATE final_report SET approved = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?
                WHERE application_id = ? AND approved IS NULL""")
                .params(approved, comment, by, utc(at), applicationId)
                .update();
    }

    Optional<ProposalDocument> latestReport(String applicationId) {
        return jdbc.sql("SELECT file_name, content FROM final_report WHERE application_id = ? ORDER BY submitted_at DESC FETCH FIRST 1 ROWS ONLY")
                .param(applicationId)
                .query((rs, n) -> new ProposalDocument(rs.getString(1), "application/pdf", rs.getBytes(2)))
                .optional();
    }

    long reportCount(String applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM final_report WHERE application_id = ?").param(applicationId).query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
