package io.grantflow.prize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.grantflow.audit.ManagerChange;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.call.ParisTime;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The settings of prize editions; also read by the edition process (bean "prizeEditions"). */
@Service("prizeEditions")
public class PrizeEditions {

    /** The managers' task of an edition that closed with candidates and no jury (prize-edition.bpmn). */
    static final String APPOINT_JURY_TASK = "Task_AppointJury";

    private final PrizeEditionRepository editions;
    private final CallService calls;
    private final IdentityService identity;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    PrizeEditions(PrizeEditionRepository editions, CallService calls, IdentityService identity, TaskService tasks,
                  ApplicationEventPublisher events) {
        this.editions = editions;
        this.calls = calls;
        this.identity = identity;
        this.tasks = tasks;
        this.events = events;
    }

    /** What a manager sets; the announcement is read by {@link ParisTime}: an exact instant, or a Paris wall-clock time. */
    public record Settings(@JsonDeserialize(using = ParisTime.Json.class) Instant announceAt, Boolean excludeHomeCountry, List<String> nominatorGroups,
                           List<String> jury, String chair, Boolean announceFallback) {

        /** Only the jury and its chair, as set once nominations have closed. */
        static Settings jury(List<String> jury, String chair) {
            return new Settings(null, null, null, jury, chair, null);
        }
    }

    public PrizeEdition get(String callId) {
        Call call = prizeCall(callId);
        return editions.find(callId).orElseGet(() -> PrizeEdition.defaults(callId, call.closesAt()));
    }

    /** Checks and keeps the settings; the audit trail keeps each one changed, by {@code managerId} ("system" for none). */
    @Transactional
    public PrizeEdition configure(String callId, Settings settings, String managerId) {
        Call call = prizeCall(callId);
        PrizeEdition current = get(callId);
        boolean appointing = false;
        if (calls.statusOf(call) == CallStatus.CLOSED) {
            appointing = awaitingJury(callId);
            if (!appointing) {
                throw new ConflictException("callId", "Nominations to this edition are closed; its jury is set");
            }
            if (changes(settings, current)) {
                throw new ConflictException("callId", "Nominations to this edition are closed: only its jury and chair can be set");
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        Instant announceAt = settings.announceAt() == null ? current.announceAt() : settings.announceAt();
        if (!announceAt.isAfter(call.closesAt())) {
            problems.add(new FieldProblem("announceAt", "must be after nominations close"));
        }
        List<String> groups = settings.nominatorGroups() == null ? current.nominatorGroups() : settings.nominatorGroups();
        if (groups.isEmpty()) {
            problems.add(new FieldProblem("nominatorGroups", "must name at least one group"));
        }
        for (String group : groups) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                problems.add(new FieldProblem("nominatorGroups", "no group " + group));
            }
        }
        List<String> jury = settings.jury() == null ? current.jury() : settings.jury();
        if (appointing && jury.isEmpty()) {
            problems.add(new FieldProblem("jury", "must name at least one juror"));
        }
        for (String juror : jury) {
            if (identity.createUserQuery().userId(juror).count() == 0) {
                problems.add(new FieldProblem("jury", "no user " + juror));
            }
        }
        String chair = settings.chair() == null ? current.chair() : settings.chair();
        if (chair != null && !jury.contains(chair)) {
            problems.add(new FieldProblem("chair", "must be a member of the jury"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PrizeEdition edition = new PrizeEdition(callId, announceAt,
                settings.excludeHomeCountry() == null ? current.excludeHomeCountry() : settings.excludeHomeCountry(),
                List.copyOf(groups), List.copyOf(jury), chair,
                settings.announceFallback() == null ? current.announceFallback() : settings.announceFallback());
        editions.save(edition);
        recordChanges(current, edition, managerId);
        return edition;
    }

    /** One change per setting, so that the trail reads "jury", "chair", "nominators", "embargo"; unchanged ones are not kept. */
    private void recordChanges(PrizeEdition before, PrizeEdition after, String managerId) {
        record Setting(String action, String from, String to) {
        }
        List<Setting> settings = List.of(
                new Setting("jury", String.join(", ", before.jury()), String.join(", ", after.jury())),
                new Setting("chair", before.chair(), after.chair()),
                new Setting("nominators", String.join(", ", before.nominatorGroups()), String.join(", ", after.nominatorGroups())),
                new Setting("embargo", parisTime(before.announceAt()), parisTime(after.announceAt())),
                new Setting("excludeHomeCountry", String.valueOf(before.excludeHomeCountry()), String.valueOf(after.excludeHomeCountry())),
                new Setting("announceFallback", String.valueOf(before.announceFallback()), String.valueOf(after.announceFallback())));
        for (Setting s : settings) {
            events.publishEvent(new ManagerChange(after.callId(), managerId, s.action(), s.from(), s.to(), CallService.now()));
        }
    }

    /** "2028-01-15T17:00+01:00": the embargo's end as a manager enters it. */
    private static String parisTime(Instant at) {
        return at.atZone(Call.FUNDER_ZONE).toOffsetDateTime().toString();
    }

    /** Whether the edition closed with candidates and no jury, and waits for the managers to appoint one. */
    public boolean awaitingJury(String callId) {
        return tasks.createTaskQuery().processDefinitionKey("prize-edition").taskDefinitionKey(APPOINT_JURY_TASK)
                .processInstanceBusinessKey(callId).count() > 0;
    }

    /** Whether the settings change anything beyond the jury and its chair. */
    private static boolean changes(Settings settings, PrizeEdition current) {
        return (settings.announceAt() != null
                && !settings.announceAt().equals(current.announceAt()))
                || (settings.excludeHomeCountry() != null && settings.excludeHomeCountry() != current.excludeHomeCountry())
                || (settings.nominatorGroups() != null && !settings.nominatorGroups().equals(current.nominatorGroups()))
                || (settings.announceFallback() != null && settings.announceFallback() != current.announceFallback());
    }

    /** Keeps the settings in force when the jury opens, defaults included, so later steps record against them. */
    @Transactional
    public PrizeEdition fix(String callId) {
        PrizeEdition edition = get(callId);
        if (editions.find(callId).isEmpty()) {
            editions.save(edition);
        }
        return edition;
    }

    /** The embargo's end as the edition process's timer reads it. */
    public String announceAtText(String callId) {
        return get(callId).announceAt().toString();
    }

    Call prizeCall(String callId) {
        Call call = calls.get(callId);
        if (!calls.programmeOf(call).awardsPrizes()) {
            throw new ConflictException("callId", "This call is not a prize edition");
        }
        return call;
    }
}
