package io.grantflow.eligibility;

import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;

/** The outcome of the checks: eligible, or every reason it is not. */
public record Verdict(boolean eligible, List<Reason> reasons) {

    static Verdict of(List<Reason> reasons) {
        return new Verdict(reasons.isEmpty(), List.copyOf(reasons));
    }

    /** An eligibility table's result: each matched rule is one failed condition, in the table's order. */
    static Verdict ofTable(DmnDecisionTableResult result) {
        return of(result.getResultList().stream().map(Reason::fromTableRow).toList());
    }
}
