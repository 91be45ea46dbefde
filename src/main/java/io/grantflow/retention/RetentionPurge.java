package io.grantflow.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.grantflow.audit.ManagerChange;
import io.grantflow.call.Call;
import io.grantflow.privacy.ApplicationRecords;
import io.grantflow.programme.ProgrammeDefinition;
import io.grantflow.programme.Programmes;
import io.grantflow.prize.PrizeRetention;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes every case that ended more than its programme's {@code retentionYears} ago, and the drafts of calls that
 * closed that long ago, keeping anonymised counts of each case. A case is kept while a process instance of it
 * runs (an open award, a report awaited) and while its applicant's erasure request waits for a manager. Each case is
 * purged in a transaction of its own, its counts with its deletion, so a run stopped halfway leaves whole cases
 * behind; running again deletes nothing more. Each call that lost cases gets a line in its audit trail.
 */
@Service
public class RetentionPurge {

    static final String AUDIT_ACTION = "retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final EndedCases ended;
    private final RetainedCounts counts;
    private final ApplicationRecords records;
    private final PrizeRetention prizes;
    private final Programmes programmes;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionPurge(EndedCases ended, RetainedCounts counts, ApplicationRecords records, PrizeRetention prizes, Programmes programmes,
                   RuntimeService runtime, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.ended = ended;
        this.counts = counts;
        this.records = records;
        this.prizes = prizes;
        this.programmes = programmes;
        this.runtime = runtime;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    public PurgeRun purgeExpired() {
        Instant now = clock.instant();
        Map<String, Integer> years = programmes.all().stream()
                .collect(Collectors.toMap(ProgrammeDefinition::id, ProgrammeDefinition::retentionYears));
        if (years.isEmpty()) {
            return new PurgeRun(now, Map.of(), Map.of(), Map.of(), 0, 0);
        }
        // A first cut in the database with the shortest period, then each case against its own programme's.
        Instant earliestCutOff = cutOff(now, years.values().stream().min(Integer::compare).orElseThrow());
        Set<String> erasureAsked = ended.erasureAsked();
        Map<String, Integer> purged = new TreeMap<>();
        Map<String, Map<String, Integer>> perCall = new TreeMap<>();
        int kept = 0;
        int failed = 0;
        for (EndedCases.EndedCase c : ended.lastRecordedBefore(earliestCutOff)) {
            Integer period = years.get(c.programme());
            if (period == null || !c.endedAt().isBefore(cutOff(now, period))) {
                continue; // a programme not running now is left alone; this case is still inside its period
            }
            if (erasureAsked.contains(c.applicantId()) || stillRuns(c.applicationId())) {
                kept++;
                continue;
            }
            Boolean done;
            try {
                done = transaction.execute(status -> {
                    if (!ended.take(c.applicationId())) {
                        return false;
                    }
                    counts.add(c.applicationId());
                    records.delete(c.applicationId());
                    return true;
                });
            } catch (DataAccessException e) {
                // one case the database refuses (a table that ApplicationRecords does not know) stops only that case
                log.warn("Retention purge: application {} not deleted, tried again next run: {}", c.applicationId(), e.getMessage());
                failed++;
                continue;
            }
            if (Boolean.TRUE.equals(done)) {
                purged.merge(c.programme(), 1, Integer::sum);
                perCall.computeIfAbsent(c.callId(), k -> new TreeMap<>()).merge(c.programme(), 1, Integer::sum);
            }
        }
        Map<String, Integer> drafts = new TreeMap<>();
        for (EndedCases.ClosedDraft d : ended.draftsOfCallsClosedBefore(earliestCutOff)) {
            Integer period = years.get(d.programme());
            if (period != null && d.callClosedAt().isBefore(cutOff(now, period)) && !erasureAsked.contains(d.applicantId())) {
                transaction.executeWithoutResult(status -> records.deleteDraft(d.callId(), d.applicantId()));
                drafts.merge(d.programme(), 1, Integer::sum);
            }
        }
        Map<String, Integer> editions = new TreeMap<>();
        for (PrizeRetention.EndedEdition e : prizes.lastRecordedBefore(earliestCutOff)) {
            Integer period = years.get(e.programme());
            if (period == null || !e.endedAt().isBefore(cutOff(now, period))) {
                continue;
            }
            if (prizes.stillRuns(e.callId())) {
                kept++;
                continue;
            }
            Boolean done;
            try {
                done = transaction.execute(status -> {
                    if (!prizes.take(e.callId())) {
                        return false;
                    }
                    counts.addMessagesAbout(e.callId(), prizes.references(e.callId()));
                    prizes.purge(e.callId(), now);
                    return true;
                });
            } catch (DataAccessException ex) {
                log.warn("Retention purge: prize edition {} not deleted, tried again next run: {}", e.callId(), ex.getMessage());
                failed++;
                continue;
            }
            if (Boolean.TRUE.equals(done)) {
                editions.merge(e.programme(), 1, Integer::sum);
                perCall.computeIfAbsent(e.callId(), k -> new TreeMap<>()).merge(e.programme(), 1, Integer::sum);
            }
        }
        audit(perCall, years, now);
        PurgeRun run = new PurgeRun(now, purged, drafts, editions, kept, failed);
        log.info("Retention purge: cases deleted per programme {}, drafts {}, prize editions {}, kept while running or awaiting erasure {}, failed {}",
                purged, drafts, editions, kept, failed);
        return run;
    }

    /** The instant before which a case of a programme with that period has ended long enough ago. */
    static Instant cutOff(Instant now, int retentionYears) {
        return now.atZone(Call.FUNDER_ZONE).minusYears(retentionYears).toInstant();
    }

    /** A process instance of the case still runs: its application process, or one it called with the same key. */
    private boolean stillRuns(String applicationId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).count() > 0;
    }

    /** One line per call in its audit trail: how many of its cases went, under which programme's period; nothing about a person. */
    private void audit(Map<String, Map<String, Integer>> perCall, Map<String, Integer> years, Instant now) {
        if (perCall.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> perCall.forEach((callId, byProgramme) -> byProgramme.forEach((programme, n) ->
                events.publishEvent(new ManagerChange(callId, ManagerChange.SYSTEM, AUDIT_ACTION, "",
                        line(programmes.nameOf(programme, Locale.ENGLISH), n, years.get(programme)), now)))));
    }

    /**
     * What a manager reads after the action's name ("Retention purge"): the programme, the cases deleted and its
     * period, in the settings' own words so that it reads the same in every language: "First Step: 3 (retentionYears 10)".
     */
    static String line(String programme, int cases, int retentionYears) {
        return programme + ": " + cases + " (retentionYears " + retentionYears + ")";
    }
}
