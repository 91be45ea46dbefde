package io.grantflow.prize;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.grantflow.call.Call;
import io.grantflow.call.ParisTime;
import org.springframework.util.MultiValueMap;

/**
 * The fields of the edition page, read as text so that a malformed one is named on the page. Only the parts the page
 * showed as editable are read; a value left as it was becomes "unchanged", so that an untouched setting is never
 * taken for a change (the embargo is shown to the minute, its stored instant may have seconds).
 */
final class EditionForm {

    /** The hidden field naming the parts of the page that could be changed when it was drawn. */
    static final String EDITABLE = "editable";
    static final String SETTINGS = "settings";
    static final String JURY = "jury";

    /** Settings that change nothing. */
    static final PrizeEditions.Settings UNCHANGED = new PrizeEditions.Settings(null, null, null, null, null, null);

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private EditionForm() {
    }

    /** What the page shows in its inputs: the edition's values, or what the manager typed. */
    record Values(String announceAt, boolean excludeHomeCountry, boolean announceFallback, List<String> nominatorGroups,
                  List<String> jury, String chair) {
    }

    static Values of(PrizeEdition edition) {
        return new Values(parisMinutes(edition.announceAt()), edition.excludeHomeCountry(), edition.announceFallback(),
                edition.nominatorGroups(), edition.jury(), edition.chair());
    }

    /** The values typed; a part the page did not let the manager change keeps the edition's values. */
    static Values typed(MultiValueMap<String, String> form, PrizeEdition current) {
        Values shown = of(current);
        boolean settings = shows(form, SETTINGS);
        boolean jury = shows(form, JURY);
        return new Values(
                settings ? Objects.requireNonNullElse(form.getFirst("announceAt"), "") : shown.announceAt(),
                settings ? form.containsKey("excludeHomeCountry") : shown.excludeHomeCountry(),
                settings ? form.containsKey("announceFallback") : shown.announceFallback(),
                settings ? list(form, "nominatorGroups") : shown.nominatorGroups(),
                jury ? list(form, "jury") : shown.jury(),
                jury ? form.getFirst("chair") : shown.chair());
    }

    /**
     * The settings to keep: null for what is unchanged or was not editable, a blank chair for "no chair". Fields that
     * cannot be read are put in {@code errors} as a message key by field.
     */
    static PrizeEditions.Settings settings(MultiValueMap<String, String> form, Values typed, PrizeEdition current,
                                           Map<String, String> errors) {
        boolean settings = shows(form, SETTINGS);
        boolean jury = shows(form, JURY);
        Instant announceAt = settings ? announceAt(typed.announceAt(), current, errors) : null;
        return new PrizeEditions.Settings(announceAt,
                settings && typed.excludeHomeCountry() != current.excludeHomeCountry() ? typed.excludeHomeCountry() : null,
                settings && !sameMembers(typed.nominatorGroups(), current.nominatorGroups()) ? typed.nominatorGroups() : null,
                jury && !sameMembers(typed.jury(), current.jury()) ? typed.jury() : null,
                jury && !Objects.equals(blankToNull(typed.chair()), current.chair()) ? Objects.requireNonNullElse(typed.chair(), "") : null,
                settings && typed.announceFallback() != current.announceFallback() ? typed.announceFallback() : null);
    }

    private static Instant announceAt(String text, PrizeEdition current, Map<String, String> errors) {
        if (text.isBlank()) {
            errors.put("announceAt", "calls.error.required");
            return null;
        }
        if (text.trim().equals(parisMinutes(current.announceAt()))) {
            return null;
        }
        try {
            return ParisTime.of(LocalDateTime.parse(text.trim()));
        } catch (ParisTime.InvalidTimeException e) {
            errors.put("announceAt", "edition.error.clockChange");
        } catch (DateTimeParseException notLocal) {
            try {
                return ParisTime.parse(text.trim());
            } catch (DateTimeException e) {
                errors.put("announceAt", "calls.error.dateTime");
            }
        }
        return null;
    }

    /** A Paris wall-clock time to the minute, as a datetime-local input shows it. */
    static String parisMinutes(Instant at) {
        return at.atZone(Call.FUNDER_ZONE).format(MINUTES);
    }

    private static boolean shows(MultiValueMap<String, String> form, String part) {
        List<String> editable = form.get(EDITABLE);
        return editable != null && editable.contains(part);
    }

    private static List<String> list(MultiValueMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).distinct().toList();
    }

    private static boolean sameMembers(List<String> a, List<String> b) {
        return new HashSet<>(a).equals(new HashSet<>(b));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
