package io.grantflow.eligibility;

import java.util.Optional;

import io.grantflow.funder.Funder;
import org.springframework.stereotype.Component;

/** The applicant (coordinator) works in one of the funder's own units. */
@Component
class FunderUnitRule implements EligibilityRule {

    static final String CODE = "UNIT_NOT_FUNDER";

    private final Funder funder;

    FunderUnitRule(Funder funder) {
        this.funder = funder;
    }

    @Override
    public boolean appliesTo(String programme) {
        return "FIRST_STEP".equals(programme) || "IRP".equals(programme);
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        return funder.ownsUnit(f.unitCode()) ? Optional.empty() : Optional.of(Reason.of(CODE, f.unitCode()));
    }
}
