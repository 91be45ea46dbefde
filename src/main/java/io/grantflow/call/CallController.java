package io.grantflow.call;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.grantflow.audit.AuditEntry;
import io.grantflow.audit.AuditTrail;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.programme.Criterion;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calls")
class CallController {

    private final CallService calls;
    private final CallSchedule schedule;
    private final AuditTrail audit;

    CallController(CallService calls, CallSchedule schedule, AuditTrail audit) {
        this.calls = calls;
        this.schedule = schedule;
        this.audit = audit;
    }

    /** A new title, opening (of an upcoming call only), closing and envelope; times as at creation. */
    record ScheduleChange(String title, @JsonDeserialize(using = ParisTime.Json.class) Instant opensAt,
                          @JsonDeserialize(using = ParisTime.Json.class) Instant closesAt, BigDecimal envelopeEur) {
    }

    /** A call as the API shows it; "rules" holds the values of the programme's settings, "criteria" what reviewers score. */
    record CallView(String id, String programme, String title, ZonedDateTime opensAt, ZonedDateTime closesAt,
                    CallStatus status, BigDecimal envelopeEur, CallSettings rules, List<Criterion> criteria) {
    }

    @GetMapping
    @Operation(summary = "Calls, optionally only those with a status (upcoming, open, closed); public")
    List<CallView> list(@RequestParam(required = false) String status) {
        return calls.list(parseStatus(status)).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One call with its rule settings; public")
    CallView get(@PathVariable String id) {
        return view(calls.get(id));
    }

    @GetMapping("/{callId}/audit")
    @Operation(summary = "Every change managers made to the call, newest first: who, when (an instant and Paris time), "
            + "what, the value before and after (managers)")
    List<AuditEntry> audit(@PathVariable String callId) {
        return audit.ofCall(calls.get(callId).id(), Call.FUNDER_ZONE);
    }

    @PostMapping
    @Operation(summary = "Create a call (programme managers); times are Paris wall-clock times; "
            + "without criteria its reviewers score the programme's")
    ResponseEntity<CallView> create(@RequestBody CallService.NewCall request, Authentication user) {
        Call call = calls.create(request, user.getName());
        return ResponseEntity.created(URI.create("/api/calls/" + call.id())).body(view(call));
    }

    @PutMapping("/{callId}/schedule")
    @Operation(summary = "Change the title, opening (upcoming calls), closing and envelope of a call that has not closed (managers)")
    CallView reschedule(@PathVariable String callId, @RequestBody ScheduleChange change, Authentication user) {
        return view(schedule.change(callId, new CallSchedule.Change(change.title(), change.opensAt(), change.closesAt(),
                change.envelopeEur()), user.getName()));
    }

    @PostMapping("/{callId}/open")
    @Operation(summary = "Open an upcoming call now (managers)")
    CallView openNow(@PathVariable String callId, Authentication user) {
        return view(schedule.openNow(callId, user.getName()));
    }

    @PostMapping("/{callId}/close")
    @Operation(summary = "Close an open call now: no application is taken after this and its review starts (managers)")
    CallView closeNow(@PathVariable String callId, Authentication user) {
        return view(schedule.closeNow(callId, user.getName()));
    }

    @PutMapping("/{callId}/criteria")
    @Operation(summary = "Replace the review criteria of a grant call that has not closed (managers)")
    CallView criteria(@PathVariable String callId, @RequestBody List<Criterion> criteria, Authentication user) {
        return view(calls.changeCriteria(callId, criteria, user.getName()));
    }

    private CallView view(Call c) {
        return new CallView(c.id(), c.programme(), c.title(), c.opensAt().atZone(Call.FUNDER_ZONE),
                c.closesAt().atZone(Call.FUNDER_ZONE), calls.statusOf(c), c.envelopeEur(), c.settings(), c.criteria());
    }

    private static CallStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CallStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be one of upcoming, open, closed");
        }
    }
}
