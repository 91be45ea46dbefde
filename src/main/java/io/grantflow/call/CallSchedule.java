package io.grantflow.call;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.grantflow.audit.ManagerChange;
import io.grantflow.call.ScheduleRefused.Reason;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's title, opening, closing and envelope, changed by a manager while the call has not closed; "open now" and
 * "close now" are the same change with the engine's present time. The call process waits on a timer at the closing
 * time (grant-call.bpmn and prize-edition.bpmn both read {@code closesAt}): the timer is moved with the closing, so
 * that the process closes the call when the portal does, and not at the time it was started with.
 */
@Service
public class CallSchedule {

    /** A timer due within this of the stored closing is the call's closing timer (stored times may lose precision). */
    private static final Duration SAME_INSTANT = Duration.ofSeconds(1);

    private final CallRepository calls;
    private final CallService service;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallSchedule(CallRepository calls, CallService service, RuntimeService runtime, ManagementService management,
                 ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.service = service;
        this.runtime = runtime;
        this.management = management;
        this.events = events;
        this.clock = clock;
    }

    /** What a manager may change of an open or upcoming call; an upcoming call's opening only. */
    public record Change(String title, Instant opensAt, Instant closesAt, BigDecimal envelopeEur) {
    }

    @Transactional
    public Call change(String callId, Change change, String actor) {
        Call call = service.get(callId);
        Instant now = clock.instant();
        CallStatus status = call.statusAt(now);
        if (status == CallStatus.CLOSED) {
            throw new ScheduleRefused("call", Reason.CLOSED);
        }
        Map<String, Reason> refused = new LinkedHashMap<>();
        String title = change.title() == null ? "" : change.title().trim();
        if (title.isEmpty()) {
            refused.put("title", Reason.REQUIRED);
        } else if (title.length() > 300) {
            refused.put("title", Reason.TOO_LONG);
        }
        Instant opensAt = change.opensAt() == null ? call.opensAt() : change.opensAt();
        if (status == CallStatus.OPEN && !opensAt.equals(call.opensAt())) {
            refused.put("opensAt", Reason.OPENING_FIXED);
        } else if (status == CallStatus.UPCOMING && opensAt.isBefore(now.minus(Duration.ofMinutes(1)))) {
            refused.put("opensAt", Reason.OPENING_PAST);
        }
        Instant closesAt = change.closesAt();
        if (closesAt == null) {
            refused.put("closesAt", Reason.REQUIRED);
        } else if (!closesAt.isAfter(opensAt)) {
            refused.put("closesAt", Reason.CLOSING_BEFORE_OPENING);
        } else if (!closesAt.isAfter(now)) {
            refused.put("closesAt", Reason.CLOSING_PAST);
        }
        if (change.envelopeEur() == null || change.envelopeEur().signum() <= 0) {
            refused.put("envelopeEur", Reason.NOT_POSITIVE);
        }
        if (!refused.isEmpty()) {
            throw new ScheduleRefused(refused);
        }
        return apply(call, title, opensAt, closesAt, change.envelopeEur(), actor, now);
    }

    /** An upcoming call opened at once. */
    @Transactional
    public Call openNow(String callId, String actor) {
        Call call = service.get(callId);
        Instant now = clock.instant();
        if (call.statusAt(now) != CallStatus.UPCOMING) {
            throw new ScheduleRefused("call", call.statusAt(now) == CallStatus.CLOSED ? Reason.ALREADY_CLOSED : Reason.NOT_UPCOMING);
        }
        return apply(call, call.title(), now, call.closesAt(), call.envelopeEur(), actor, now);
    }

    /** An open call closed at once: no application is taken from now on, and the process goes on to the review. */
    @Transactional
    public Call closeNow(String callId, String actor) {
        Call call = service.get(callId);
        Instant now = clock.instant();
        if (call.statusAt(now) != CallStatus.OPEN) {
            throw new ScheduleRefused("call", call.statusAt(now) == CallStatus.CLOSED ? Reason.ALREADY_CLOSED : Reason.NOT_OPEN_YET);
        }
        return apply(call, call.title(), call.opensAt(), now, call.envelopeEur(), actor, now);
    }

    private Call apply(Call call, String title, Instant opensAt, Instant closesAt, BigDecimal envelope, String actor,
                       Instant now) {
        calls.updateSchedule(call.id(), title, opensAt, closesAt, envelope);
        publish(call.id(), actor, "title", call.title(), title, now);
        publish(call.id(), actor, "opensAt", ParisTime.display(call.opensAt()), ParisTime.display(opensAt), now);
        publish(call.id(), actor, "closesAt", ParisTime.display(call.closesAt()), ParisTime.display(closesAt), now);
        publish(call.id(), actor, "envelope", call.envelopeEur().stripTrailingZeros().toPlainString(),
                envelope.stripTrailingZeros().toPlainString(), now);
        if (!closesAt.equals(call.closesAt())) {
            moveClosingTimer(call, closesAt);
        }
        if (!title.equals(call.title())) {
            processOf(call).ifPresent(p -> runtime.setVariable(p.getId(), "callTitle", title));
        }
        return service.get(call.id());
    }

    private void publish(String callId, String actor, String what, String from, String to, Instant at) {
        events.publishEvent(new ManagerChange(callId, actor, what, from, to, at));
    }

    private void moveClosingTimer(Call call, Instant closesAt) {
        processOf(call).ifPresent(process -> {
            runtime.setVariable(process.getId(), "closesAt", closesAt.toString());
            for (Job timer : management.createJobQuery().processInstanceId(process.getId()).timers().list()) {
                if (timer.getDuedate() != null
                        && Duration.between(timer.getDuedate().toInstant(), call.closesAt()).abs().compareTo(SAME_INSTANT) <= 0) {
                    management.setJobDuedate(timer.getId(), Date.from(closesAt));
                }
            }
        });
    }

    private Optional<ProcessInstance> processOf(Call call) {
        String key = service.programmeOf(call).callProcess();
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(call.id()).singleResult());
    }
}
