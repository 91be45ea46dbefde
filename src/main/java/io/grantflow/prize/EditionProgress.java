package io.grantflow.prize;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import io.grantflow.call.Call;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How far an edition has gone, for its managers' page: built from what the prize tables and the edition process's
 * history already hold (nominations, candidates, the jury's marks, the shortlist step, the offers), nothing kept apart.
 */
@Service
class EditionProgress {

    private final JdbcClient jdbc;
    private final PrizeEditions editions;
    private final CandidateRepository candidates;
    private final JuryService jury;
    private final HistoryService history;
    private final PrizeRetention retention;

    EditionProgress(JdbcClient jdbc, PrizeEditions editions, CandidateRepository candidates, JuryService jury,
                    HistoryService history, PrizeRetention retention) {
        this.retention = retention;
        this.jdbc = jdbc;
        this.editions = editions;
        this.candidates = candidates;
        this.jury = jury;
        this.history = history;
    }

    /** One line of the progress: {@code count} of {@code of} (null when a plain count; both null for words alone), and when it last moved. */
    record Step(String key, Long count, Long of, ZonedDateTime at) {
    }

    /** An offer to a candidate: the answer is null while it waits. */
    record Offer(String candidate, String answer, ZonedDateTime expiresAt, ZonedDateTime answeredAt) {
    }

    record Progress(List<Step> steps, List<RankedCandidate> shortlist, ZonedDateTime shortlistedAt, List<Offer> offers,
                    ZonedDateTime announcedAt) {
    }

    Progress of(String callId) {
        Call call = editions.prizeCall(callId);
        PrizeEdition edition = editions.get(callId);
        List<Candidate> standing = candidates.standing(callId);
        // a purged edition's counts were kept when its rows went (PrizeRetention): the page reads the same after
        PrizeRetention.Retained kept = retention.retained(callId);
        long candidatesCount = standing.size() + kept.candidates();
        long conflicts = count("SELECT COUNT(*) FROM prize_jury_mark WHERE call_id = :c AND conflicted", callId) + kept.conflicts();
        List<HistoricTaskInstance> declared = history.createHistoricTaskInstanceQuery().processDefinitionKey("prize-edition")
                .processInstanceBusinessKey(callId).taskDefinitionKey("Task_DeclareConflicts").finished().list();
        long jurySize = edition.jury().size();
        List<Step> steps = new ArrayList<>(List.of(
                new Step("nominations", count("SELECT COUNT(*) FROM prize_nomination WHERE call_id = :c", callId) + kept.nominations(), null,
                        later(latest("SELECT MAX(submitted_at) FROM prize_nomination WHERE call_id = :c", callId), kept.lastNominationAt())),
                new Step("candidates", candidatesCount, null,
                        later(latest("SELECT MAX(created_at) FROM prize_candidate WHERE call_id = :c AND status <> 'MERGED'", callId),
                                kept.lastCandidateAt()))));
        boolean juryAtWork = history.createHistoricTaskInstanceQuery().processDefinitionKey("prize-edition")
                .processInstanceBusinessKey(callId).taskDefinitionKey("Task_DeclareConflicts").count() > 0;
        if (!juryAtWork) {
            // before the jury starts, "0 of 0" would say nothing: the page says when it starts instead
            steps.add(new Step("juryNotStarted", null, null, null));
        } else {
            steps.add(new Step("conflicts", (Long) declared.stream().map(HistoricTaskInstance::getAssignee).distinct().count(), jurySize,
                    paris(declared.stream().map(HistoricTaskInstance::getEndTime).filter(Objects::nonNull)
                            .max(Comparator.naturalOrder()).orElse(null))));
            steps.add(new Step("scores", count("SELECT COUNT(*) FROM prize_jury_mark WHERE call_id = :c AND score IS NOT NULL", callId)
                    + kept.scores(), Math.max(0, jurySize * candidatesCount - conflicts),
                    later(latest("SELECT MAX(marked_at) FROM prize_jury_mark WHERE call_id = :c AND score IS NOT NULL", callId),
                            kept.lastScoreAt())));
        }
        steps.add(new Step("accepted", standing.stream().filter(c -> c.status() == CandidateStatus.ACCEPTED).count() + kept.accepted(), null,
                later(latest("SELECT MAX(answered_at) FROM prize_offer WHERE call_id = :c AND answer = 'ACCEPTED'", callId),
                        kept.lastAcceptedAt())));
        HistoricActivityInstance shortlisted = history.createHistoricActivityInstanceQuery().activityId("Task_Shortlist")
                .processInstanceId(editionProcessId(callId)).finished().list().stream()
                .max(Comparator.comparing(HistoricActivityInstance::getEndTime)).orElse(null);
        List<RankedCandidate> shortlist = shortlisted == null ? List.of()
                : jury.shortlist(callId, call.settings().integer("shortlistSize"));
        return new Progress(steps, shortlist, shortlisted == null ? null : paris(shortlisted.getEndTime()), offers(callId),
                latest("SELECT MAX(announced_at) FROM prize_edition WHERE call_id = :c", callId));
    }

    private List<Offer> offers(String callId) {
        return jdbc.sql("""
                SELECT c.name, o.answer, o.expires_at, o.answered_at FROM prize_offer o JOIN prize_candidate c ON c.id = o.candidate_id
                WHERE o.call_id = :c ORDER BY o.expires_at""")
                .param("c", callId)
                .query((rs, n) -> new Offer(rs.getString("name"), rs.getString("answer"),
                        paris(rs.getObject("expires_at", OffsetDateTime.class)), paris(rs.getObject("answered_at", OffsetDateTime.class))))
                .list();
    }

    /** The edition's process, or an id no process has before the edition started one. */
    private String editionProcessId(String callId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("prize-edition").processInstanceBusinessKey(callId)
                .list().stream().map(p -> p.getId()).findFirst().orElse("none");
    }

    private long count(String sql, String callId) {
        return jdbc.sql(sql).param("c", callId).query(Long.class).single();
    }

    private ZonedDateTime latest(String sql, String callId) {
        return paris(jdbc.sql(sql).param("c", callId).query(OffsetDateTime.class).optional().orElse(null));
    }

    private static ZonedDateTime later(ZonedDateTime fromRows, OffsetDateTime kept) {
        ZonedDateTime k = paris(kept);
        return fromRows == null ? k : k == null || fromRows.isAfter(k) ? fromRows : k;
    }

    private static ZonedDateTime paris(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(Call.FUNDER_ZONE);
    }

    private static ZonedDateTime paris(Date at) {
        return at == null ? null : Instant.ofEpochMilli(at.getTime()).atZone(Call.FUNDER_ZONE);
    }
}
