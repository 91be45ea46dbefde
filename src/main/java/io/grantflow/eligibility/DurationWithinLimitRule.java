package io.grantflow.eligibility;

import java.util.Optional;

import io.grantflow.call.Programme;
import org.springframework.stereotype.Component;

/** The project lasts no longer than the call allows. */
@Component
class DurationWithinLimitRule implements EligibilityRule {

    static final String CODE = "DURATION_TOO_LONG";

    @Override
    public boolean appliesTo(Programme programme) {
        return programme == Programme.FIRST_STEP || programme == Programme.IRP;
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        int max = f.rules().maxDurationMonths();
        return f.durationMonths() > max ? Optional.of(Reason.of(CODE, f.durationMonths(), max)) : Optional.empty();
    }
}
