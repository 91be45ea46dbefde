package io.grantflow.prize;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The jury's work: each juror's conflicts, then his or her scores, stored apart so that no juror reads another's;
 * and the ranking by mean score, ties kept visible.
 */
@Service
public class JuryService {

    static final int MIN_SCORE = 1;
    static final int MAX_SCORE = 10;

    private final JdbcClient jdbc;
    private final CandidateRepository candidates;
    private final HistoryService history;
    private final Clock clock;

    JuryService(JdbcClient jdbc, CandidateRepository candidates, HistoryService history, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.history = history;
    }

    /** Records the candidates a juror is conflicted with. */
    public void declareConflicts(String callId, String jurorId, Collection<String> conflicted) {
        for (Candidate c : candidates.standing(callId)) {
            if (conflicted.contains(c.id())) {
                mark(callId, c.id(), jurorId, true, null, "declared conflict");
            }
        }
    }

    /** The candidates a juror scores: every standing candidate but those he or she is conflicted with. */
    public List<String> toScore(String callId, String jurorId) {
        List<String> toScore = new ArrayList<>();
        for (Candidate c : candidates.standing(callId)) {
            if (!conflictedJurors(c.id()).contains(jurorId)) {
                toScore.add(c.id());
            }
        }
        return toScore;
    }

    public void score(String callId, String candidateId, String jurorId, int score, String comment) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new InvalidInputException("score", "must be between " + MIN_SCORE + " and " + MAX_SCORE);
        }
        mark(callId, candidateId, jurorId, false, score, comment);
    }

    private void mark(String callId, String candidateId, String jurorId, boolean conflicted, Integer score, String comment) {
        jdbc.sql("DELETE FROM prize_jury_mark WHERE candidate_id = :c AND juror_id = :j").param("c", candidateId).param("j", jurorId).update();
        jdbc.sql("""
                INSERT INTO prize_jury_mark (call_id, candidate_id, juror_id, conflicted, score, comment, marked_at)
                VALUES (:call, :c, :j, :conflicted, :score, :comment, :at)""")
                .param("call", callId).param("c", candidateId).param("j", jurorId).param("conflicted", conflicted)
                .param("score", score).param("comment", comment).param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * A juror reads a candidate's documents only if he or she is on the edition's jury, has made the declaration of
     * conflicts (before it, the juror sees the candidates' names and nothing more) and declared none with the candidate.
     */
    public boolean mayReadDocuments(PrizeEdition edition, String candidateId, String userId) {
        return edition.jury().contains(userId) && hasDeclared(edition.callId(), userId)
                && !conflictedJurors(candidateId).contains(userId);
    }

    private boolean hasDeclared(String callId, String jurorId) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(callId)
                .taskDefinitionKey(DECLARATION_TASK).taskAssignee(jurorId).finished().count() > 0;
    }

    static final String DECLARATION_TASK = "Task_DeclareConflicts";

    public Set<String> conflictedJurors(String candidateId) {
        return Set.copyOf(jdbc.sql("SELECT juror_id FROM prize_jury_mark WHERE candidate_id = :c AND conflicted")
                .param("c", candidateId).query(String.class).list());
    }

    /**
     * The jurors' comments on each of the given candidates, for the chair's deliberation: one block per candidate,
     * one line per comment, no juror named and no score beside it.
     */
    public String commentsOn(List<RankedCandidate> ranked) {
        StringBuilder text = new StringBuilder();
        for (RankedCandidate r : ranked) {
            List<String> comments = jdbc.sql("""
                    SELECT comment FROM prize_jury_mark WHERE candidate_id = :c AND NOT conflicted AND comment IS NOT NULL
                    ORDER BY marked_at""")
                    .param("c", r.candidateId()).query(String.class).list().stream().filter(c -> !c.isBlank()).toList();
            text.append(r.rank()).append(". ").append(r.candidate()).append('\n');
            comments.forEach(c -> text.append("- ").append(c.trim().replace("\n", " ")).append('\n'));
            if (comments.isEmpty()) {
                text.append("- (no comment)\n");
            }
            text.append('\n');
        }
        return text.toString().trim();
    }

    /** Every scored candidate by mean score, best first; equal means share a rank. */
    public List<RankedCandidate> ranking(String callId) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        jdbc.sql("SELECT candidate_id, score FROM prize_jury_mark WHERE call_id = :c AND NOT conflicted AND score IS NOT NULL")
                .param("c", callId)
                .query(rs -> {
                    double[] s = sums.computeIfAbsent(rs.getString("candidate_id"), k -> new double[2]);
                    s[0] += rs.getInt("score");
                    s[1]++;
                });
        record Mean(Candidate candidate, double mean, int scores) {
        }
        List<Mean> means = new ArrayList<>();
        for (Candidate c : candidates.standing(callId)) {
            double[] s = sums.get(c.id());
            if (s != null) {
                means.add(new Mean(c, Math.round(s[0] / s[1] * 100) / 100.0, (int) s[1]));
            }
        }
        means.sort(Comparator.comparingDouble(Mean::mean).reversed().thenComparing(m -> m.candidate().name()));
        List<RankedCandidate> ranked = new ArrayList<>();
        for (int i = 0; i < means.size(); i++) {
            Mean m = means.get(i);
            int rank = i > 0 && means.get(i - 1).mean() == m.mean() ? ranked.get(i - 1).rank() : i + 1;
            boolean tied = (i > 0 && means.get(i - 1).mean() == m.mean()) || (i + 1 < means.size() && means.get(i + 1).mean() == m.mean());
            ranked.add(new RankedCandidate(rank, m.candidate().id(), m.candidate().label(), m.mean(), m.scores(), tied));
        }
        return ranked;
    }

    /** The top {@code size} by mean score; a tie at the last place brings every tied candidate in. */
    public List<RankedCandidate> shortlist(String callId, int size) {
        return ranking(callId).stream().filter(r -> r.rank() <= size).toList();
    }
}
