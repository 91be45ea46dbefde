package io.grantflow.eligibility;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The project lasts no longer than the call allows. */
@Component
class DurationWithinLimitRule implements EligibilityRule {

    static final String CODE = "DURATION_TOO_LONG";

    @Override
    public boolean appliesTo(String programme) {
        return "FIRST_STEP".equals(programme) || "IRP".equals(programme);
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        int max = f.settings().integer("maxDurationMonths");
        return f.durationMonths() > max ? Optional.of(Reason.of(CODE, f.durationMonths(), max)) : Optional.empty();
    }
}
