package io.grantflow.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads which cases have ended and when. A case ends with the last thing the product records about it: the verdict
 * and its letter for an ineligible application, the decision and its letter for one not funded or a lapsed award,
 * the approval of the final report and the closing letter for a project. Taking the latest of these instants never
 * dates an end too early, whatever path the case took.
 */
@Repository
class EndedCases {

    /** An application with the instant of the last thing recorded about it (whether it still runs is asked of the engine). */
    record EndedCase(String applicationId, String callId, String programme, String applicantId, Instant endedAt) {
    }

    /** A draft never submitted, of a call that has closed. */
    record ClosedDraft(String callId, String applicantId, String programme, Instant callClosedAt) {
    }

    /** Every instant recorded about an application, by application id. */
    private static final String RECORDED = """
            SELECT id AS application_id, submitted_at AS at FROM application
            UNION ALL SELECT application_id, checked_at FROM eligibility_verdict
            UNION ALL SELECT application_id, decided_at FROM eligibility_verdict
            UNION ALL SELECT application_id, decided_at FROM decision
            UNION ALL SELECT application_id, accepted_at FROM award
            UNION ALL SELECT application_id, submitted_at FROM final_report
            UNION ALL SELECT application_id, reviewed_at FROM final_report
            UNION ALL SELECT application_id, submitted_at FROM irp_annual_report
            UNION ALL SELECT application_id, reviewed_at FROM irp_annual_report
            UNION ALL SELECT application_id, decided_at FROM irp_mid_term
            UNION ALL SELECT reference_id, created_at FROM notification""";

    private final JdbcClient jdbc;

    EndedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The applications whose last record is older than the cut-off, before the checks on what still runs. */
    List<EndedCase> lastRecordedBefore(Instant earliestCutOff) {
        return jdbc.sql("""
                SELECT a.id, a.call_id, c.programme, a.applicant_id, MAX(t.at) AS ended_at
                FROM application a JOIN grant_call c ON c.id = a.call_id JOIN (%s) t ON t.application_id = a.id
                GROUP BY a.id, a.call_id, c.programme, a.applicant_id
                HAVING MAX(t.at) < :cutoff""".formatted(RECORDED))
                .param("cutoff", earliestCutOff.atOffset(java.time.ZoneOffset.UTC))
                .query((rs, i) -> new EndedCase(rs.getString("id"), rs.getString("call_id"), rs.getString("programme"),
                        rs.getString("applicant_id"), rs.getObject("ended_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Drafts of calls that closed before the cut-off. */
    List<ClosedDraft> draftsOfCallsClosedBefore(Instant earliestCutOff) {
        return jdbc.sql("""
                SELECT d.call_id, d.applicant_id, c.programme, c.closes_at
                FROM application_draft d JOIN grant_call c ON c.id = d.call_id
                WHERE c.closes_at < ?""")
                .param(earliestCutOff.atOffset(java.time.ZoneOffset.UTC))
                .query((rs, i) -> new ClosedDraft(rs.getString("call_id"), rs.getString("applicant_id"), rs.getString("programme"),
                        rs.getObject("closes_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The people whose erasure request waits for a manager: their cases wait too. */
    Set<String> erasureAsked() {
        return Set.copyOf(jdbc.sql("SELECT user_id FROM erasure_request WHERE status = 'ASKED'").query(String.class).list());
    }

    /**
     * Takes the application's row for this transaction; false if it is gone (another node purged it first). A second
     * node that runs the purge at the same moment waits here, then finds nothing, so a case is counted once.
     */
    boolean take(String applicationId) {
        return !jdbc.sql("SELECT id FROM application WHERE id = ? FOR UPDATE").param(applicationId).query(String.class).list().isEmpty();
    }
}
