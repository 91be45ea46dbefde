package io.grantflow.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/calls/{callId}/audit")
    @Operation(summary = "Every change managers made to the call, newest first: who, when (an instant and Paris time), "
            + "what, the value before and after (managers)")
    List<AuditEntry> ofCall(@PathVariable String callId) {
        return trail.ofCall(callId);
    }
}
