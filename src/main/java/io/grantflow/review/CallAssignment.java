package io.grantflow.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.grantflow.review.assignment.InfeasibilityReason;

/**
 * What one assignment of a call gave: the invitations by application, and the applications left without reviewers
 * with the solver's reasons (both empty when every application is covered).
 */
public record CallAssignment(Map<String, List<ReviewAssignment>> invited, List<String> blockedIds,
                             List<InfeasibilityReason> reasons) {

    public CallAssignment {
        invited = Collections.unmodifiableMap(new LinkedHashMap<>(invited));
        blockedIds = List.copyOf(blockedIds);
        reasons = List.copyOf(reasons);
    }
}
