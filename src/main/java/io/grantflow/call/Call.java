package io.grantflow.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.grantflow.programme.Criterion;

/**
 * A call for proposals (or a prize edition) of a programme, by the programme's id (its definition is
 * {@code Programmes.get(programme)}). Opening and closing are instants; people read them in Paris time.
 * Reviewers score its criteria: the programme's, or the call's own.
 */
public record Call(
        String id,
        String programme,
        String title,
        Instant opensAt,
        Instant closesAt,
        BigDecimal envelopeEur,
        CallSettings settings,
        List<Criterion> criteria) {

    public static final ZoneId FUNDER_ZONE = ZoneId.of("Europe/Paris");

    public CallStatus statusAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return CallStatus.UPCOMING;
        }
        return now.isBefore(closesAt) ? CallStatus.OPEN : CallStatus.CLOSED;
    }
}
