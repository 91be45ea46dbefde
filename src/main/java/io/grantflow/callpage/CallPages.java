package io.grantflow.callpage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.prize.NominationService;
import io.grantflow.programme.ProgrammeDefinition;
import io.grantflow.programme.Setting;
import io.grantflow.programme.SettingType;
import io.grantflow.programme.Text;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/** Builds a call's public page for its reader, in the reader's language. */
@Service
class CallPages {

    /** One rule the applicant must keep: the setting's label, its value for this call, and its help. */
    record Rule(String name, String label, String value, String help) {
    }

    /** A review criterion as applicants read it: its name and its weight. */
    record Scored(String name, String weight) {
    }

    record CallPage(Call call, CallStatus status, String programmeName, String description, String guidance,
                    String contact, List<Rule> rules, List<Scored> criteria, String envelope, String opens, String closes,
                    String timeLeft, CallPageAction action, List<String> nominatorGroups, boolean prize) {
    }

    private final CallService calls;
    private final NominationService nominations;
    private final MessageSource messages;
    private final Clock clock;

    CallPages(CallService calls, NominationService nominations, MessageSource messages, Clock clock) {
        this.calls = calls;
        this.nominations = nominations;
        this.messages = messages;
        this.clock = clock;
    }

    CallPage of(String callId, Authentication reader, Locale locale) {
        Call call = calls.get(callId);
        ProgrammeDefinition programme = calls.programmeOf(call);
        Instant now = clock.instant();
        CallStatus status = call.statusAt(now);
        List<String> groups = programme.awardsPrizes() ? nominations.nominatorGroups(call.id()).entrySet().stream()
                .map(g -> messages.getMessage("edition.group." + g.getKey(), null, g.getValue(), locale)).toList() : List.of();
        return new CallPage(call, status, programme.name().in(locale), text(programme.description(), locale),
                text(programme.guidance(), locale), programme.contact(), rules(call, programme, locale),
                programme.awardsPrizes() ? List.of() : call.criteria().stream()
                        .map(c -> new Scored(c.name().in(locale), number(c.weight(), locale))).toList(),
                number(call.envelopeEur(), locale) + " EUR", date(call.opensAt(), locale), date(call.closesAt(), locale),
                status == CallStatus.OPEN ? timeLeft(Duration.between(now, call.closesAt()), locale) : null,
                action(call, programme, status, reader), groups, programme.awardsPrizes());
    }

    private CallPageAction action(Call call, ProgrammeDefinition programme, CallStatus status, Authentication reader) {
        if (status == CallStatus.UPCOMING) {
            return CallPageAction.UPCOMING;
        }
        if (status == CallStatus.CLOSED) {
            return CallPageAction.CLOSED;
        }
        if (reader == null || !reader.isAuthenticated()) {
            return CallPageAction.LOG_IN;
        }
        if (programme.awardsPrizes()) {
            return nominations.mayNominate(call.id(), reader.getName()) ? CallPageAction.NOMINATE : CallPageAction.NOT_NOMINATOR;
        }
        boolean applicant = reader.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_APPLICANT"));
        return applicant ? CallPageAction.APPLY : CallPageAction.NOT_APPLICANT;
    }

    private List<Rule> rules(Call call, ProgrammeDefinition programme, Locale locale) {
        return programme.settings().values().stream().filter(Setting::shownToApplicants)
                .filter(s -> call.settings().has(s.name()))
                .map(s -> new Rule(s.name(), s.label().in(locale), value(s, call, locale), s.help() == null ? null : s.help().in(locale)))
                .toList();
    }

    private String value(Setting s, Call call, Locale locale) {
        if (s.type() == SettingType.BOOLEAN) {
            return messages.getMessage(call.settings().flag(s.name()) ? "callpage.yes" : "callpage.no", null, locale);
        }
        BigDecimal value = s.type() == SettingType.AMOUNT ? call.settings().amount(s.name())
                : BigDecimal.valueOf(call.settings().whole(s.name()));
        return number(value, locale) + (s.type() == SettingType.AMOUNT ? " EUR" : "");
    }

    /** "in 6 days and 4 hours", "in 3 hours and 20 minutes", "in 12 minutes". */
    private String timeLeft(Duration left, Locale locale) {
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = Math.max(left.toMinutesPart(), days == 0 && hours == 0 ? 1 : 0);
        String key = days > 0 ? "callpage.left.days" : hours > 0 ? "callpage.left.hours" : "callpage.left.minutes";
        Object[] args = days > 0 ? new Object[] {days, hours} : hours > 0 ? new Object[] {hours, minutes} : new Object[] {minutes};
        return messages.getMessage(key, args, locale);
    }

    private String date(Instant at, Locale locale) {
        String when = at.atZone(Call.FUNDER_ZONE).format(DateTimeFormatter.ofPattern(
                messages.getMessage("callpage.dateFormat", null, locale), locale));
        return messages.getMessage("time.paris", new Object[] {when}, locale);
    }

    private static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String text(Text text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}
