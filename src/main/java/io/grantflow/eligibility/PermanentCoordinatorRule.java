package io.grantflow.eligibility;

import java.util.Optional;

import io.grantflow.call.Programme;
import org.springframework.stereotype.Component;

/** IRP: the coordinator holds a permanent research position with the funder. */
@Component
class PermanentCoordinatorRule implements EligibilityRule {

    static final String CODE = "COORDINATOR_NOT_PERMANENT";

    @Override
    public boolean appliesTo(Programme programme) {
        return programme == Programme.IRP;
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        return f.permanentPosition() ? Optional.empty() : Optional.of(Reason.of(CODE));
    }
}
