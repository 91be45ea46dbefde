package io.grantflow.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.grantflow.audit.ManagerChange;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls and their rule settings: the public face of the call feature. */
@Service
public class CallService {

    private final CallRepository calls;
    private final CallRulesJson rulesJson;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    CallService(CallRepository calls, CallRulesJson rulesJson, RuntimeService runtime, ApplicationEventPublisher events) {
        this.calls = calls;
        this.rulesJson = rulesJson;
        this.runtime = runtime;
        this.events = events;
    }

    /** What a manager asks for; times are read by {@link ParisTime}: an exact instant, or a Paris wall-clock time. */
    public record NewCall(Programme programme, String title,
                          @JsonDeserialize(using = ParisTime.Json.class) Instant opensAt,
                          @JsonDeserialize(using = ParisTime.Json.class) Instant closesAt,
                          BigDecimal envelopeEur, Map<String, Object> rules) {

        /** A call whose times the application works out itself, in Paris wall-clock time. */
        public NewCall(Programme programme, String title, LocalDateTime opensAt, LocalDateTime closesAt,
                       BigDecimal envelopeEur, Map<String, Object> rules) {
            this(programme, title, opensAt == null ? null : ParisTime.nearest(opensAt),
                    closesAt == null ? null : ParisTime.nearest(closesAt), envelopeEur, rules);
        }
    }

    @Transactional
    public Call create(NewCall request, String createdBy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.programme() == null) {
            problems.add(new FieldProblem("programme", "is required: FIRST_STEP, IRP or PRIZE"));
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
        CallRules rules = null;
        if (request.programme() != null) {
            try {
                rules = rulesJson.overlay(request.programme(), request.rules());
                rules.rangeProblems(request.programme())
                        .forEach(p -> problems.add(new FieldProblem("rules." + p.field(), p.message())));
            } catch (CallRulesJson.UnknownRuleException e) {
                problems.add(new FieldProblem("rules." + e.name, "is not a rule setting of this programme"));
            } catch (CallRulesJson.WrongRuleException e) {
                problems.add(new FieldProblem("rules." + e.problem.field(), e.problem.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Call call = new Call(UUID.randomUUID().toString(), request.programme(), request.title().trim(),
                request.opensAt(), request.closesAt(), request.envelopeEur(), rules);
        calls.insert(call, createdBy, now());
        if (call.programme().callProcessKey() != null) {
            runtime.startProcessInstanceByKey(call.programme().callProcessKey(), call.id(), Map.of(
                    "callId", call.id(),
                    "callTitle", call.title(),
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
        CallRules rules;
        try {
            rules = rulesJson.change(call.programme(), call.rules(), changes);
        } catch (CallRulesJson.UnknownRuleException e) {
            throw new InvalidInputException(e.name, "is not a rule setting of this programme");
        } catch (CallRulesJson.WrongRuleException e) {
            throw new InvalidInputException(List.of(e.problem));
        }
        List<FieldProblem> problems = rules.rangeProblems(call.programme());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        calls.updateRules(callId, rules);
        events.publishEvent(ManagerChange.ofSettings(callId, actor, call.rules(), rules, now()));
        return get(callId);
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

    /** The engine's clock, so that tests which move it move the calls too. */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
