package io.grantflow.call;

import java.math.BigDecimal;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calls")
class CallController {

    private final CallService calls;
    private final AuditTrail audit;

    CallController(CallService calls, AuditTrail audit) {
        this.calls = calls;
        this.audit = audit;
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
