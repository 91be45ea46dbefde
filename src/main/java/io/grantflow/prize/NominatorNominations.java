package io.grantflow.prize;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A nominator's own nominations and where each stands, in words that keep the jury's work confidential:
 * no score, no shortlist, no offer; the outcome only once the laureate is announced.
 */
@Service
public class NominatorNominations {

    /** Where a nomination stands, as its nominator may know it. */
    public enum State { RECEIVED, WITH_THE_JURY, LAUREATE, NOT_CHOSEN }

    public record Nomination(String callId, String edition, String nominee, Instant submittedAt, boolean merged, State state) {
    }

    private final JdbcClient jdbc;
    private final CallService calls;
    private final PrizeEditionRepository editions;

    NominatorNominations(JdbcClient jdbc, CallService calls, PrizeEditionRepository editions) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.editions = editions;
    }

    public List<Nomination> of(String nominatorId) {
        return jdbc.sql("""
                SELECT n.call_id, n.candidate_id, n.submitted_at, c.name, c.institution, c.country,
                       (SELECT COUNT(*) FROM prize_nomination o WHERE o.candidate_id = n.candidate_id) AS supporters
                FROM prize_nomination n JOIN prize_candidate c ON c.id = n.candidate_id
                WHERE n.nominator_id = :n ORDER BY n.submitted_at DESC""")
                .param("n", nominatorId)
                .query((rs, i) -> {
                    Call call = calls.get(rs.getString("call_id"));
                    return new Nomination(call.id(), call.title(),
                            rs.getString("name") + " (" + rs.getString("institution") + ", " + rs.getString("country") + ")",
                            rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getLong("supporters") > 1,
                            state(call, rs.getString("candidate_id")));
                })
                .list();
    }

    private State state(Call call, String candidateId) {
        if (editions.announced(call.id())) {
            return editions.laureateId(call.id()).map(candidateId::equals).orElse(false) ? State.LAUREATE : State.NOT_CHOSEN;
        }
        return calls.statusOf(call) == CallStatus.CLOSED ? State.WITH_THE_JURY : State.RECEIVED;
    }
}
