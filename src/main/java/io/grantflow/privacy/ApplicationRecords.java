package io.grantflow.privacy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the product's own tables hold an application's data, in one place: the personal data export gives these
 * rows, erasure anonymises them, and the retention purge deletes them. A table added for an application belongs here.
 */
@Service
public class ApplicationRecords {

    /** Tables whose rows belong to one application (its application_id), the rows the export gives. */
    static final List<String> BY_APPLICATION = List.of("application_partner", "application_exclusion",
            "eligibility_verdict", "decision", "award", "irp_application", "irp_budget_year", "irp_agreement", "irp_signature",
            "irp_tranche", "irp_mid_term", "final_report", "irp_annual_report", "application_document", "application_publication");
    /** Those of them that store files (a {@code content} column): proposals, reports, letters. */
    static final List<String> DOCUMENTS = List.of("application_document", "final_report", "irp_annual_report");
    /**
     * The other tables by application_id: its review (reviewers' rows, not given to the applicant), its co-applicants
     * (given by person) and the applicant's reply. Children before parents: review before review_assignment.
     */
    private static final List<String> ALSO_BY_APPLICATION = List.of("review", "review_assignment", "assignment_preference",
            "reviewer_conflict", "exclusion_answer", "assignment_exclusion", "review_discussion", "applicant_reply", "co_applicant");

    private final JdbcClient jdbc;

    ApplicationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deletes every row of the product's own tables about the application: its documents, partners, verdict,
     * decision, award, reports, reviews and their texts, co-applicants, and the messages about it with their bodies.
     * Runs in the caller's transaction, so that the caller can keep what it counts of the application with it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(String applicationId) {
        jdbc.sql("DELETE FROM review_score WHERE assignment_id IN (SELECT id FROM review_assignment WHERE application_id = ?)")
                .param(applicationId).update();
        for (String table : ALSO_BY_APPLICATION) {
            jdbc.sql("DELETE FROM " + table + " WHERE application_id = ?").param(applicationId).update();
        }
        for (String table : BY_APPLICATION) {
            jdbc.sql("DELETE FROM " + table + " WHERE application_id = ?").param(applicationId).update();
        }
        jdbc.sql("DELETE FROM notification WHERE reference_id = ?").param(applicationId).update();
        jdbc.sql("DELETE FROM application WHERE id = ?").param(applicationId).update();
    }

    /** Deletes a draft never submitted, with its proposal and the co-applicants invited to write it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteDraft(String callId, String applicantId) {
        jdbc.sql("DELETE FROM co_applicant WHERE call_id = ? AND applicant_id = ? AND application_id IS NULL")
                .params(callId, applicantId).update();
        jdbc.sql("DELETE FROM application_draft WHERE call_id = ? AND applicant_id = ?").params(callId, applicantId).update();
    }
}
