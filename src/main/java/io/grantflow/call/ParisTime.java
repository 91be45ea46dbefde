package io.grantflow.call;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.grantflow.problem.JsonFieldException;

/**
 * The instants the API accepts (a call's opening and closing, a prize's announcement). ISO 8601 with an
 * offset or Z is that exact instant; a local date-time without one is Paris time. A Paris time that does
 * not exist (the hour skipped when clocks go forward) or that occurs twice (the hour repeated when they
 * go back) is refused unless an offset says which instant is meant.
 */
public final class ParisTime {

    static final String EXAMPLE = "such as 2027-01-15T17:00 (Paris time) or 2027-01-15T16:00:00Z";

    private ParisTime() {
    }

    /** The instant the text names; refused with what is wrong in plain words. */
    public static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return of(LocalDateTime.parse(text));
            } catch (DateTimeParseException notLocal) {
                throw new InvalidTimeException("must be a date-time " + EXAMPLE);
            }
        }
    }

    /** A Paris wall-clock time as an instant; refused when that time does not exist or occurs twice. */
    public static Instant of(LocalDateTime wallClock) {
        List<ZoneOffset> offsets = Call.FUNDER_ZONE.getRules().getValidOffsets(wallClock);
        if (offsets.isEmpty()) {
            throw new InvalidTimeException("is a time that does not exist in Paris (clocks go forward that night): "
                    + "give another time or an offset such as +01:00");
        }
        if (offsets.size() > 1) {
            throw new InvalidTimeException("is a time that occurs twice in Paris (clocks go back that night): "
                    + "give the offset, " + offsets.get(0).getId() + " or " + offsets.get(1).getId());
        }
        return wallClock.toInstant(offsets.get(0));
    }

    /**
     * A Paris wall-clock time that the application works out itself (demo data, "in seven days") as an instant:
     * in the hour skipped it moves forward by the gap, in the hour repeated it takes the earlier instant.
     */
    public static Instant nearest(LocalDateTime wallClock) {
        return wallClock.atZone(Call.FUNDER_ZONE).toInstant();
    }

    /** An instant as a manager reads it in the audit trail: the Paris wall-clock time with its offset. */
    public static String display(Instant at) {
        return at.atZone(Call.FUNDER_ZONE).toOffsetDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** An instant as the value of a datetime-local input: Paris wall-clock time to the minute. */
    public static String field(Instant at) {
        return at.atZone(Call.FUNDER_ZONE).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }

    /** Refused text: the message says what is wrong, to follow the field's name. */
    public static final class InvalidTimeException extends DateTimeException {

        InvalidTimeException(String message) {
            super(message);
        }
    }

    /** Reads an {@link Instant} field of a request with {@link #parse}. */
    public static final class Json extends StdScalarDeserializer<Instant> {

        public Json() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new JsonFieldException(p, "must be a date-time " + EXAMPLE);
            }
            try {
                return parse(p.getText());
            } catch (InvalidTimeException e) {
                throw new JsonFieldException(p, e.getMessage());
            }
        }
    }
}
