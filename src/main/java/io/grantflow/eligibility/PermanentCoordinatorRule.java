package io.grantflow.eligibility;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** IRP: the coordinator holds a permanent research position with the funder. */
@Component
class PermanentCoordinatorRule implements EligibilityRule {

    static final String CODE = "COORDINATOR_NOT_PERMANENT";

    @Override
    public boolean appliesTo(String programme) {
        return "IRP".equals(programme);
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        return f.permanentPosition() ? Optional.empty() : Optional.of(Reason.of(CODE));
    }
}
