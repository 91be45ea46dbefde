package io.grantflow.eligibility;

import java.util.List;

/** The outcome of the checks: eligible, or every reason it is not. */
public record Verdict(boolean eligible, List<Reason> reasons) {

    static Verdict of(List<Reason> reasons) {
        return new Verdict(reasons.isEmpty(), List.copyOf(reasons));
    }
}
