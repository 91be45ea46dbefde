package io.grantflow.call;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.grantflow.audit.ManagerChange;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import io.grantflow.programme.Criterion;
import io.grantflow.programme.ProgrammeDefinition;
import io.grantflow.programme.Programmes;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls and their rule settings: the public face of the call feature. */
@Service
public class CallService {

    private final CallRepository calls;
    private final CallSettingsJson settingsJson;
    private final CallCriteria criteria;
    private final Programmes programmes;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallService(CallRepository calls, CallSettingsJson settingsJson, CallCriteria criteria, Programmes programmes,
                RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.calls = calls;
        this.settingsJson = settingsJson;
        this.criteria = criteria;
        this.programmes = programmes;
        this.runtime = runtime;
        this.events = events;
    }

    /**
     * What a manager asks for; times are read by {@link ParisTime}: an exact instant, or a Paris wall-clock time.
     * Without criteria the call's reviewers score the programme's.
     */
    public record NewCall(@JsonDeserialize(using = ProgrammeIdJson.class) String programme, String title,
                          @JsonDeserialize(using = ParisTime.Json.class) Instant opensAt,
                          @JsonDeserialize(using = ParisTime.Json.class) Instant closesAt,
                          BigDecimal envelopeEur, Map<String, Object> rules, List<Criterion> criteria) {

        public NewCall(String programme, String title, Instant opensAt, Instant closesAt, BigDecimal envelopeEur,
                       Map<String, Object> rules) {
            this(programme, title, opensAt, closesAt, envelopeEur, rules, null);
        }

        /** A call whose times the application works out itself, in Paris wall-clock time. */
        public NewCall(String programme, String title, LocalDateTime opensAt, LocalDateTime closesAt,
                       BigDecimal envelopeEur, Map<String, Object> rules, List<Criterion> criteria) {
            this(programme, title, opensAt == null ? null : ParisTime.nearest(opensAt),
                    closesAt == null ? null : ParisTime.nearest(closesAt), envelopeEur, rules, criteria);
        }

        public NewCall(String programme, String title, LocalDateTime opensAt, LocalDateTime closesAt,
                       BigDecimal envelopeEur, Map<String, Object> rules) {
            this(programme, title, opensAt, closesAt, envelopeEur, rules, null);
        }
    }

    @Transactional
    public Call create(NewCall request, String createdBy) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ProgrammeDefinition> programme = programmes.find(request.programme());
        if (programme.isEmpty()) {
            problems.add(new FieldProblem("programme", (request.programme() == null ? "is required: " : "must be one of ")
                    + String.join(", ", programmes.ids())));
        }
        if (request.title() == null || request.title().isBlank()) {
            problems.add(new FieldProblem("title", "is required"));
        } else if (request.title().length() > 300) {
            problems.add(new FieldProblem("title", "is longer than 300 characters"));
        }
        if (request.opensAt() == null) {
            problems.add(new FieldProblem("opensAt", "is required, a date-time " + ParisTime.EXAMPLE));
        }
        if (request.closesAt() == null) {
            problems.add(new FieldProblem("closesAt", "is required, a date-time " + ParisTime.EXAMPLE));
        }
        if (request.opensAt() != null && request.closesAt() != null && !request.closesAt().isAfter(request.opensAt())) {
            problems.add(new FieldProblem("closesAt", "must be after opensAt"));
        }
        if (request.envelopeEur() == null || request.envelopeEur().signum() <= 0) {
            problems.add(new FieldProblem("envelopeEur", "must be a positive amount"));
        }
        CallSettings settings = null;
        List<Criterion> reviewCriteria = programme.map(p -> criteria.choose(p, request.criteria(), problems)).orElse(null);
        if (programme.isPresent()) {
            try {
                settings = settingsJson.overlay(programme.get(), null, request.rules());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProgrammeDefinition definition = programme.orElseThrow();
        Call call = new Call(UUID.randomUUID().toString(), definition.id(), request.title().trim(),
                request.opensAt(), request.closesAt(), request.envelopeEur(), settings, reviewCriteria);
        calls.insert(call, createdBy, now());
        if (definition.callProcess() != null) {
            runtime.startProcessInstanceByKey(definition.callProcess(), call.id(), Map.of(
                    "callId", call.id(),
                    "callTitle", call.title(),
                    "committeeName", definition.committee().en(),
                    "closesAt", call.closesAt().toString()));
        }
        return call;
    }

    /**
     * Changes some rule settings of an existing call (a manager fixing a blocked reviewer assignment changes the
     * reviewers per application), with the same range checks as at creation; the audit trail keeps what changed.
     */
    @Transactional
    public Call changeRules(String callId, Map<String, Object> changes, String actor) {
        Call call = get(callId);
        CallSettings settings = settingsJson.overlay(programmeOf(call), call.settings(), changes);
        calls.updateSettings(callId, settings);
        events.publishEvent(ManagerChange.ofSettings(callId, actor, call.settings(), settings, now()));
        return get(callId);
    }

    /**
     * Replaces the criteria of a call that has not closed (its reviews start when it closes, so no score is given
     * on the old ones); the audit trail keeps each criterion's name, weight and threshold before and after.
     */
    @Transactional
    public Call changeCriteria(String callId, List<Criterion> newCriteria, String actor) {
        Call call = get(callId);
        if (programmeOf(call).awardsPrizes()) {
            throw new InvalidInputException("criteria", "cannot be set for a prize: each juror gives one score per candidate");
        }
        if (call.statusAt(now()) == CallStatus.CLOSED) {
            throw new InvalidInputException("criteria", "cannot change once the call has closed: its reviews have started");
        }
        List<FieldProblem> problems = CallCriteria.problems(newCriteria);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        calls.updateCriteria(callId, newCriteria);
        events.publishEvent(new ManagerChange(callId, actor, "criteria", CallCriteria.summary(call.criteria()),
                CallCriteria.summary(newCriteria), now()));
        return get(callId);
    }

    /** The definition of the call's programme: its settings, criteria, processes and form. */
    public ProgrammeDefinition programmeOf(Call call) {
        return programmes.get(call.programme());
    }

    public Call get(String id) {
        return calls.find(id).orElseThrow(() -> new NotFoundException("No call " + id));
    }

    public List<Call> list(CallStatus status) {
        Instant now = now();
        return calls.findAll().stream().filter(c -> status == null || c.statusAt(now) == status).toList();
    }

    public CallStatus statusOf(Call call) {
        return call.statusAt(now());
    }

    private Instant now() {
        return clock.instant();
    }
}
