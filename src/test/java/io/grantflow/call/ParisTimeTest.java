package io.grantflow.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** How the API reads a date-time: an exact instant with an offset, otherwise Paris wall-clock time. */
class ParisTimeTest {

    @Test
    void aLocalTimeIsParisTimeInWinterAndInSummer() {
        reads("2027-01-15T17:00", "2027-01-15T16:00:00Z");
        reads("2027-07-15T17:00:30", "2027-07-15T15:00:30Z");
    }

    @Test
    void anOffsetOrZIsThatExactInstant() {
        reads("2027-01-15T16:00:00Z", "2027-01-15T16:00:00Z");
        reads("2027-01-15T17:00+05:30", "2027-01-15T11:30:00Z");
        reads("2027-07-15T12:00:00.250-04:00", "2027-07-15T16:00:00.250Z");
    }

    @Test
    void aTimeInTheSpringForwardGapIsRefusedUnlessAnOffsetIsGiven() {
        refused("2027-03-28T02:30", "does not exist in Paris");
        reads("2027-03-28T02:30+01:00", "2027-03-28T01:30:00Z");
        reads("2027-03-28T01:59", "2027-03-28T00:59:00Z");
        reads("2027-03-28T03:00", "2027-03-28T01:00:00Z");
    }

    @Test
    void aTimeInTheFallBackOverlapIsRefusedUnlessTheOffsetPicksOne() {
        refused("2027-10-31T02:30", "occurs twice in Paris (clocks go back that night): give the offset, +02:00 or +01:00");
        reads("2027-10-31T02:30+02:00", "2027-10-31T00:30:00Z");
        reads("2027-10-31T02:30+01:00", "2027-10-31T01:30:00Z");
        reads("2027-10-31T03:00", "2027-10-31T02:00:00Z");
    }

    @Test
    void whatIsNotADateTimeIsRefusedInPlainWords() {
        for (String text : new String[] {"", "tomorrow", "2027-01-15", "2027-02-30T10:00", "2027-01-15T25:00", "1800000000"}) {
            refused(text, "must be a date-time such as 2027-01-15T17:00 (Paris time)");
        }
    }

    @Test
    void timesTheApplicationWorksOutItselfAreMovedOutOfTheGapAndTakeTheEarlierOfTwo() {
        assertThat(ParisTime.nearest(LocalDateTime.parse("2027-03-28T02:30"))).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(ParisTime.nearest(LocalDateTime.parse("2027-10-31T02:30"))).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    private static void refused(String text, String message) {
        assertThatThrownBy(() -> ParisTime.parse(text)).as(text)
                .isInstanceOf(ParisTime.InvalidTimeException.class)
                .hasMessageContaining(message);
    }

    private static void reads(String text, String instant) {
        assertThat(ParisTime.parse(text)).as(text).isEqualTo(Instant.parse(instant));
    }
}
