package io.grantflow.prize;

import java.time.Clock;
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
    private final Clock clock;

    PrizeEditions(PrizeEditionRepository editions, CallService calls, IdentityService identity, TaskService tasks,
                  ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
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

    /** Where an edition stands for its settings: what a manager may still change, and why not the rest. */
    public enum Stage {
        /** Nominations are open (or not yet): every setting may change. */
        OPEN(false, false),
        /** Nominations closed with candidates and no jury: only the jury and its chair may be set. */
        AWAITING_JURY(true, false),
        /** Nominations closed and the edition went on: nothing may change. */
        CLOSED(true, true),
        /** The laureate is announced: nothing may change. */
        ANNOUNCED(true, true);

        private final boolean settingsLocked;
        private final boolean juryLocked;

        Stage(boolean settingsLocked, boolean juryLocked) {
            this.settingsLocked = settingsLocked;
            this.juryLocked = juryLocked;
        }

        public boolean settingsLocked() {
            return settingsLocked;
        }

        public boolean juryLocked() {
            return juryLocked;
        }
    }

    /** A setting refused: the field, a stable code that pages put in their language, and the value involved. */
    public record Refusal(String field, String code, String value) {

        String english() {
            return switch (code) {
                case "announceAfterClose" -> "must be after nominations close";
                case "noGroup" -> "must name at least one group";
                case "unknownGroup" -> "no group " + value;
                case "noJuror" -> "must name at least one juror";
                case "unknownUser" -> "no user " + value;
                case "chairOutsideJury" -> "must be a member of the jury";
                default -> code;
            };
        }
    }

    /** Settings refused, each named; answered 400 like any bad input. */
    public static final class SettingsRefused extends InvalidInputException {

        private final transient List<Refusal> refusals;

        SettingsRefused(List<Refusal> refusals) {
            super(refusals.stream().map(r -> new FieldProblem(r.field(), r.english())).toList());
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    /** A change the edition can no longer take at its stage; answered 409. */
    public static final class SettingsLocked extends ConflictException {

        private final Stage stage;

        SettingsLocked(Stage stage, String message) {
            super("callId", message);
            this.stage = stage;
        }

        public Stage stage() {
            return stage;
        }
    }

    public Stage stage(String callId) {
        Call call = prizeCall(callId);
        if (calls.statusOf(call) != CallStatus.CLOSED) {
            return Stage.OPEN;
        }
        if (awaitingJury(callId)) {
            return Stage.AWAITING_JURY;
        }
        return editions.announced(callId) ? Stage.ANNOUNCED : Stage.CLOSED;
    }

    /** Checks and keeps the settings; the audit trail keeps each one changed, by {@code managerId} ("system" for none). */
    @Transactional
    public PrizeEdition configure(String callId, Settings settings, String managerId) {
        Call call = prizeCall(callId);
        PrizeEdition current = get(callId);
        Stage stage = stage(callId);
        if (stage.juryLocked()) {
            throw new SettingsLocked(stage, "Nominations to this edition are closed; its jury is set");
        }
        if (stage.settingsLocked() && changes(settings, current)) {
            throw new SettingsLocked(stage, "Nominations to this edition are closed: only its jury and chair can be set");
        }
        boolean appointing = stage == Stage.AWAITING_JURY;
        List<Refusal> problems = new ArrayList<>();
        Instant announceAt = settings.announceAt() == null ? current.announceAt() : settings.announceAt();
        if (!announceAt.isAfter(call.closesAt())) {
            problems.add(new Refusal("announceAt", "announceAfterClose", null));
        }
        List<String> groups = settings.nominatorGroups() == null ? current.nominatorGroups()
                : settings.nominatorGroups().stream().distinct().toList();
        if (groups.isEmpty()) {
            problems.add(new Refusal("nominatorGroups", "noGroup", null));
        }
        for (String group : groups) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                problems.add(new Refusal("nominatorGroups", "unknownGroup", group));
            }
        }
        List<String> jury = settings.jury() == null ? current.jury() : settings.jury().stream().distinct().toList();
        if (appointing && jury.isEmpty()) {
            problems.add(new Refusal("jury", "noJuror", null));
        }
        for (String juror : jury) {
            if (identity.createUserQuery().userId(juror).count() == 0) {
                problems.add(new Refusal("jury", "unknownUser", juror));
            }
        }
        // a blank chair takes the chair away: the laureate is then chosen by a manager
        String chair = settings.chair() == null ? current.chair() : settings.chair().isBlank() ? null : settings.chair();
        if (chair != null && !jury.contains(chair)) {
            problems.add(new Refusal("chair", "chairOutsideJury", null));
        }
        if (!problems.isEmpty()) {
            throw new SettingsRefused(problems);
        }
        PrizeEdition edition = new PrizeEdition(callId, announceAt,
                settings.excludeHomeCountry() == null ? current.excludeHomeCountry() : settings.excludeHomeCountry(),
                List.copyOf(groups), List.copyOf(jury), chair,
                settings.announceFallback() == null ? current.announceFallback() : settings.announceFallback());
        editions.save(edition);
        recordChanges(current, edition, managerId);
        return edition;
    }

    /**
     * Keeps the settings as {@link #configure} does and, when the edition was waiting for its jury, completes the
     * managers' "Appoint the jury" task, so that the jurors are asked to declare their conflicts at once.
     */
    @Transactional
    public PrizeEdition configureAndResume(String callId, Settings settings, String managerId) {
        boolean appointing = stage(callId) == Stage.AWAITING_JURY;
        PrizeEdition edition = configure(callId, settings, managerId);
        if (appointing) {
            tasks.createTaskQuery().processDefinitionKey("prize-edition").taskDefinitionKey(APPOINT_JURY_TASK)
                    .processInstanceBusinessKey(callId).list().forEach(task -> tasks.complete(task.getId()));
        }
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
            events.publishEvent(new ManagerChange(after.callId(), managerId, s.action(), s.from(), s.to(), clock.instant()));
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
