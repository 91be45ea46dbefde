package io.grantflow.prize;

import java.time.Instant;
import java.util.List;

/**
 * What a prize edition adds to its call: when the laureate may be announced, whether nominees from the
 * funder's own country are excluded, which groups may nominate, the jury and its chair, and whether the announcement tells nominators that the
 * laureate came from the shortlist after the jury's first choice declined (by default it does not).
 */
public record PrizeEdition(String callId, Instant announceAt, boolean excludeHomeCountry, List<String> nominatorGroups,
                           List<String> jury, String chair, boolean announceFallback) {

    /** An edition whose manager has set nothing yet: announced a month after nominations close. */
    static PrizeEdition defaults(String callId, Instant closesAt) {
        return new PrizeEdition(callId, closesAt.plusSeconds(90L * 24 * 3600), true, PrizeGroups.NOMINATOR_CLASSES, List.of(), null, false);
    }
}
