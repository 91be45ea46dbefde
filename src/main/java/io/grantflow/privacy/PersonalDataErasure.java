package io.grantflow.privacy;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person: his or her documents, partners, messages and profile are deleted, the applications stay as
 * anonymous rows (call, status, amounts: what the dashboard counts) under a pseudonym, the engine's history of them is
 * deleted, and so is the account. Refused while an application of the person still runs: its process reads them.
 */
@Service
class PersonalDataErasure {

    /** What is left of an erased application's texts. */
    static final String ERASED = "(erased)";

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final IdentityService identity;

    PersonalDataErasure(JdbcClient jdbc, RuntimeService runtime, HistoryService history, IdentityService identity) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.history = history;
        this.identity = identity;
    }

    /** The titles of the person's applications whose processes still run: while any is left, nothing is erased. */
    List<String> stillRunning(String userId) {
        return jdbc.sql("SELECT id, title FROM application WHERE applicant_id = ?").param(userId).query().listOfRows().stream()
                .filter(a -> runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) a.get("id")).count() > 0)
                .map(a -> (String) a.get("title"))
                .toList();
    }

    @Transactional
    void erase(String userId) {
        String pseudonym = "erased-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> applications = jdbc.sql("SELECT id FROM application WHERE applicant_id = ?").param(userId)
                .query(String.class).list();
        if (!applications.isEmpty()) {
            List<String> personal = new java.util.ArrayList<>(ApplicationRecords.DOCUMENTS);
            personal.addAll(List.of("application_partner", "application_exclusion", "application_publication"));
            for (String table : personal) {
                jdbc.sql("DELETE FROM " + table + " WHERE application_id IN (:ids)").param("ids", applications).update();
            }
            jdbc.sql("""
                    UPDATE application SET applicant_id = :pseudonym, title = :erased, abstract_text = '', keywords = '[]',
                    phd_date = NULL, idempotency_key = NULL WHERE id IN (:ids)""")
                    .param("pseudonym", pseudonym).param("erased", ERASED).param("ids", applications).update();
            List<String> ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(
                    applications.toArray(String[]::new)).finished().list().stream().map(HistoricProcessInstance::getId).toList();
            if (!ended.isEmpty()) {
                history.deleteHistoricProcessInstancesIfExists(ended);
            }
        }
        jdbc.sql("DELETE FROM notification WHERE recipient_id = ?").param(userId).update();
        jdbc.sql("DELETE FROM application_draft WHERE applicant_id = ?").param(userId).update();
        jdbc.sql("DELETE FROM co_applicant WHERE applicant_id = ? OR user_id = ?").params(userId, userId).update();
        jdbc.sql("DELETE FROM reviewer_profile WHERE user_id = ?").param(userId).update();
        jdbc.sql("DELETE FROM account_key WHERE user_id = ?").param(userId).update();
        jdbc.sql("UPDATE prize_nomination SET nominator_id = ? WHERE nominator_id = ?").params(pseudonym, userId).update();
        jdbc.sql("UPDATE reviewer_conflict SET applicant_id = ? WHERE applicant_id = ?").params(pseudonym, userId).update();
        jdbc.sql("UPDATE erasure_request SET user_id = ? WHERE user_id = ?").params(pseudonym, userId).update();
        identity.createGroupQuery().groupMember(userId).list().forEach(g -> identity.deleteMembership(userId, g.getId()));
        identity.deleteUser(userId);
    }
}
