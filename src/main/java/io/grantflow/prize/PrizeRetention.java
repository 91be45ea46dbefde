package io.grantflow.prize;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The prize's part of the retention purge: which editions have ended and when, and the deletion of an edition's
 * personal data (nominations with their CVs and letters, candidates, the jury's conflicts, scores and comments, offers
 * with their tokens' hashes). The edition's settings stay, and so does its laureate as announced publicly (name,
 * institution, country, field, the chair's reasons), copied onto the edition so that the laureate page keeps the
 * prize's history. Counts of what went are kept in retained_prize_count, which the edition page adds in. The retention
 * feature calls these methods, in one transaction per edition.
 */
@Service
public class PrizeRetention {

    /** An edition with personal data and the instant of the last thing recorded about it. */
    public record EndedEdition(String callId, String programme, Instant endedAt) {
    }

    /** What is left of a purged edition's progress: counts and instants, nothing about a person. */
    record Retained(long nominations, OffsetDateTime lastNominationAt, long candidates, OffsetDateTime lastCandidateAt,
                    long conflicts, long scores, OffsetDateTime lastScoreAt, long accepted, OffsetDateTime lastAcceptedAt) {
        static final Retained NONE = new Retained(0, null, 0, null, 0, 0, null, 0, null);
    }

    /** Every instant recorded about an edition, by call id: the announcement, offers answered or expired, marks, messages. */
    private static final String RECORDED = """
            SELECT call_id, announce_at AS at FROM prize_edition
            UNION ALL SELECT call_id, announced_at FROM prize_edition
            UNION ALL SELECT call_id, submitted_at FROM prize_nomination
            UNION ALL SELECT call_id, created_at FROM prize_candidate
            UNION ALL SELECT call_id, marked_at FROM prize_jury_mark
            UNION ALL SELECT call_id, expires_at FROM prize_offer
            UNION ALL SELECT call_id, answered_at FROM prize_offer
            UNION ALL SELECT reference_id, created_at FROM notification
            UNION ALL SELECT n.call_id, m.created_at FROM notification m JOIN prize_nomination n ON n.id = m.reference_id
            UNION ALL SELECT c.call_id, m.created_at FROM notification m JOIN prize_candidate c ON c.id = m.reference_id
            UNION ALL SELECT o.call_id, m.created_at FROM notification m JOIN prize_offer o ON o.id = m.reference_id""";

    private final JdbcClient jdbc;
    private final RuntimeService runtime;

    PrizeRetention(JdbcClient jdbc, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.runtime = runtime;
    }

    /** The editions not purged yet that hold candidates and whose last record is older than the cut-off. */
    public List<EndedEdition> lastRecordedBefore(Instant cutOff) {
        return jdbc.sql("""
                SELECT g.id, g.programme, MAX(t.at) AS ended_at
                FROM grant_call g JOIN (%s) t ON t.call_id = g.id
                WHERE EXISTS (SELECT 1 FROM prize_candidate p WHERE p.call_id = g.id)
                  AND NOT EXISTS (SELECT 1 FROM retained_prize_count r WHERE r.call_id = g.id)
                GROUP BY g.id, g.programme
                HAVING MAX(t.at) < :cutoff""".formatted(RECORDED))
                .param("cutoff", cutOff.atOffset(ZoneOffset.UTC))
                .query((rs, i) -> new EndedEdition(rs.getString("id"), rs.getString("programme"),
                        rs.getObject("ended_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The edition's process, or one of its candidates' processes, still runs: the edition has not ended. */
    public boolean stillRuns(String callId) {
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(callId).count() > 0) {
            return true;
        }
        return candidateIds(callId).stream()
                .anyMatch(id -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count() > 0);
    }

    /** What the outbox's messages about the edition refer to: the edition, its nominations, candidates and offers. */
    public List<String> references(String callId) {
        List<String> ids = new ArrayList<>(List.of(callId));
        ids.addAll(jdbc.sql("SELECT id FROM prize_nomination WHERE call_id = ?").param(callId).query(String.class).list());
        ids.addAll(candidateIds(callId));
        ids.addAll(jdbc.sql("SELECT id FROM prize_offer WHERE call_id = ?").param(callId).query(String.class).list());
        return ids;
    }

    /**
     * Takes the edition for this transaction; false if another node purged it first. The call's row is locked, so a
     * second node that runs the purge at the same moment waits here, then finds the edition's counts written.
     */
    public boolean take(String callId) {
        jdbc.sql("SELECT id FROM grant_call WHERE id = ? FOR UPDATE").param(callId).query(String.class).list();
        return jdbc.sql("SELECT COUNT(*) FROM retained_prize_count WHERE call_id = ?").param(callId).query(Long.class).single() == 0;
    }

    /**
     * Deletes the edition's personal data and the messages about it, keeping its counts and its public laureate. Runs
     * in the caller's transaction, after {@link #take}.
     */
    public void purge(String callId, Instant now) {
        keepCounts(callId, now);
        keepPublicLaureate(callId);
        List<String> references = references(callId);
        jdbc.sql("DELETE FROM notification WHERE reference_id IN (:ids)").param("ids", references).update();
        jdbc.sql("DELETE FROM prize_document WHERE nomination_id IN (SELECT id FROM prize_nomination WHERE call_id = ?)")
                .param(callId).update();
        for (String table : List.of("prize_jury_mark", "prize_offer", "prize_nomination", "prize_candidate")) {
            jdbc.sql("DELETE FROM " + table + " WHERE call_id = ?").param(callId).update();
        }
    }

    /** The counts a purged edition left, or none. */
    Retained retained(String callId) {
        return jdbc.sql("SELECT * FROM retained_prize_count WHERE call_id = ?").param(callId)
                .query((rs, i) -> new Retained(rs.getLong("nominations"), rs.getObject("last_nomination_at", OffsetDateTime.class),
                        rs.getLong("candidates"), rs.getObject("last_candidate_at", OffsetDateTime.class), rs.getLong("conflicts"),
                        rs.getLong("scores"), rs.getObject("last_score_at", OffsetDateTime.class), rs.getLong("accepted"),
                        rs.getObject("last_accepted_at", OffsetDateTime.class)))
                .optional().orElse(Retained.NONE);
    }

    /** The same figures the edition page computes from the rows (EditionProgress), so that it reads the same after. */
    private void keepCounts(String callId, Instant now) {
        jdbc.sql("""
                INSERT INTO retained_prize_count (call_id, nominations, last_nomination_at, candidates, last_candidate_at,
                    conflicts, scores, last_score_at, accepted, last_accepted_at, purged_at)
                SELECT :c,
                    (SELECT COUNT(*) FROM prize_nomination WHERE call_id = :c),
                    (SELECT MAX(submitted_at) FROM prize_nomination WHERE call_id = :c),
                    (SELECT COUNT(*) FROM prize_candidate WHERE call_id = :c AND status <> 'MERGED'),
                    (SELECT MAX(created_at) FROM prize_candidate WHERE call_id = :c AND status <> 'MERGED'),
                    (SELECT COUNT(*) FROM prize_jury_mark WHERE call_id = :c AND conflicted),
                    (SELECT COUNT(*) FROM prize_jury_mark WHERE call_id = :c AND score IS NOT NULL),
                    (SELECT MAX(marked_at) FROM prize_jury_mark WHERE call_id = :c AND score IS NOT NULL),
                    (SELECT COUNT(*) FROM prize_candidate WHERE call_id = :c AND status = 'ACCEPTED'),
                    (SELECT MAX(answered_at) FROM prize_offer WHERE call_id = :c AND answer = 'ACCEPTED'),
                    :now""")
                .param("c", callId).param("now", now.atOffset(ZoneOffset.UTC)).update();
    }

    /** An announced laureate was named in public: the name, institution, country and field stay as the prize's history. */
    private void keepPublicLaureate(String callId) {
        jdbc.sql("""
                UPDATE prize_edition SET
                    laureate_name = (SELECT name FROM prize_candidate WHERE id = prize_edition.laureate_id),
                    laureate_institution = (SELECT institution FROM prize_candidate WHERE id = prize_edition.laureate_id),
                    laureate_country = (SELECT country FROM prize_candidate WHERE id = prize_edition.laureate_id),
                    laureate_field = (SELECT field FROM prize_candidate WHERE id = prize_edition.laureate_id)
                WHERE call_id = ? AND announced_at IS NOT NULL AND laureate_id IS NOT NULL""").param(callId).update();
        // a choice never announced (no one accepted) was the jury's, not public: it goes with the candidates
        jdbc.sql("""
                UPDATE prize_edition SET laureate_id = NULL,
                    laureate_reasons = CASE WHEN announced_at IS NULL THEN NULL ELSE laureate_reasons END
                WHERE call_id = ?""").param(callId).update();
    }

    private List<String> candidateIds(String callId) {
        return jdbc.sql("SELECT id FROM prize_candidate WHERE call_id = ?").param(callId).query(String.class).list();
    }

    /** The public record of a purged edition's laureate, if it was announced before the purge. */
    Optional<Announcements.Laureate> keptLaureate(String callId, String reasons) {
        return jdbc.sql("""
                SELECT laureate_name, laureate_institution, laureate_country, laureate_field FROM prize_edition
                WHERE call_id = ? AND laureate_name IS NOT NULL""").param(callId)
                .query((rs, i) -> new Announcements.Laureate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), reasons))
                .optional();
    }
}
