package io.grantflow.prize;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.grantflow.call.Call;
import io.grantflow.identity.UserDirectory;
import io.grantflow.notification.NotificationService;
import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The announcement, the only step that names the laureate to anyone but the laureate: run by the edition's
 * process once the embargo has ended, and the only source of {@link #laureateOf}.
 */
@Service
public class Announcements {

    private final PrizeEditionRepository editionRows;
    private final PrizeEditions editions;
    private final CandidateRepository candidates;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final RuntimeService runtime;
    private final JuryService jury;
    private final PrizeRetention retention;
    private final Clock clock;

    Announcements(PrizeEditionRepository editionRows, PrizeEditions editions, CandidateRepository candidates, UserDirectory users,
                  NotificationService notifications, RuntimeService runtime, JuryService jury, PrizeRetention retention,
                  Clock clock) {
        this.retention = retention;
        this.clock = clock;
        this.editionRows = editionRows;
        this.editions = editions;
        this.candidates = candidates;
        this.users = users;
        this.notifications = notifications;
        this.runtime = runtime;
        this.jury = jury;
    }

    /** The announced laureate; reasons are absent when the laureate came from the shortlist after the chair's choice. */
    public record Laureate(String name, String institution, String country, String field, String reasons) {
    }

    public void announce(String callId, String laureateId) {
        Call call = editions.prizeCall(callId);
        PrizeEdition edition = editions.get(callId);
        Candidate laureate = candidates.find(laureateId).orElseThrow();
        if (clock.instant().isBefore(edition.announceAt())) {
            // The timer guards the embargo; this guards it against a manual move of the process in Cockpit.
            throw new IllegalStateException("The embargo on " + call.title() + " lasts until " + edition.announceAt());
        }
        // The chair's reasons were written for the chair's choice. A laureate who accepted after that choice
        // declined or stayed silent comes from the jury's shortlist: the messages say so, with the mean score.
        boolean chairsChoice = editionRows.laureateId(callId).map(laureateId::equals).orElse(false);
        String reasons = chairsChoice ? editionRows.laureateReasons(callId).orElse("") : null;
        editionRows.recordLaureate(callId, laureateId, reasons);
        String meanScore = jury.ranking(callId).stream().filter(r -> r.candidateId().equals(laureateId))
                .findFirst().map(r -> String.format(Locale.ROOT, "%.1f", r.mean())).orElse("");
        Map<String, Object> model = Map.of("edition", call.title(), "laureate", laureate.name(),
                "institution", laureate.institution(), "country", laureate.country(), "reasons", reasons == null ? "" : reasons,
                "fromShortlist", !chairsChoice, "meanScore", meanScore);
        notifications.send("prize-laureate", laureate.contact(), with(model, laureate.name()), callId);
        Set<String> people = new LinkedHashSet<>(candidates.nominatorsOfEdition(callId));
        people.addAll(edition.jury());
        for (String userId : people) {
            var contact = users.contact(userId);
            Map<String, Object> personal = with(model, contact.name());
            // the jury knows its first choice; nominators hear of a fallback only where the edition says so
            personal.put("fromShortlist", !chairsChoice && (edition.jury().contains(userId) || edition.announceFallback()));
            personal.put("chairsChoice", chairsChoice);
            notifications.send("prize-announcement", contact, personal, callId);
        }
        editionRows.recordAnnouncement(callId, clock.instant().atOffset(java.time.ZoneOffset.UTC));
        for (Candidate c : candidates.standing(callId)) {
            runtime.createMessageCorrelation("PrizeOutcome").processInstanceBusinessKey(c.id())
                    .setVariable("laureate", c.id().equals(laureateId))
                    .correlateAllWithResult();
        }
    }

    public Laureate laureateOf(String callId) {
        editions.prizeCall(callId);
        if (!editionRows.announced(callId)) {
            throw new NotFoundException("No laureate announced for this edition yet");
        }
        var kept = retention.keptLaureate(callId, editionRows.laureateReasons(callId).orElse(null));
        if (kept.isPresent()) {
            return kept.get(); // the edition's candidates were purged at the end of its retention period
        }
        String laureateId = jdbcLaureate(callId);
        Candidate c = candidates.find(laureateId).orElseThrow();
        return new Laureate(c.name(), c.institution(), c.country(), c.field(), editionRows.laureateReasons(callId).orElse(null));
    }

    private String jdbcLaureate(String callId) {
        return editionRows.laureateId(callId).orElseThrow(() -> new NotFoundException("No laureate for this edition"));
    }

    private static Map<String, Object> with(Map<String, Object> model, String name) {
        Map<String, Object> personal = new java.util.HashMap<>(model);
        personal.put("name", name);
        return personal;
    }
}
