package io.grantflow.review;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reviewers' bids and managers' pins, taken until the call's reviewers are assigned. */
@RestController
class AssignmentPreferenceController {

    record Bid(BigDecimal bid) {
    }

    private final AssignmentPreferenceService preferences;

    AssignmentPreferenceController(AssignmentPreferenceService preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/calls/{callId}/bidding")
    @Operation(summary = "The call's eligible applications a panel reviewer may bid on, with his or her bids (reviewers)")
    List<AssignmentPreferenceService.BiddingItem> bidding(@PathVariable String callId, Authentication user) {
        return preferences.bidding(callId, user.getName());
    }

    @PutMapping("/api/calls/{callId}/bids/{applicationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Bid on an application, from -1 (rather not) to 1 (eager) (reviewers of the call's panel)")
    void bid(@PathVariable String callId, @PathVariable String applicationId, @RequestBody Bid bid, Authentication user) {
        preferences.bid(callId, user.getName(), applicationId, bid.bid());
    }

    @PutMapping("/api/calls/{callId}/pins")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Force application-reviewer pairs into the call's assignment; replaces earlier pins (managers)")
    void pins(@PathVariable String callId, @RequestBody List<AssignmentPreferenceService.Pin> pins, Authentication user) {
        preferences.pin(callId, pins, user.getName());
    }
}
