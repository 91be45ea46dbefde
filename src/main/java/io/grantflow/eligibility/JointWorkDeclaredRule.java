package io.grantflow.eligibility;

import java.util.Optional;

import io.grantflow.call.Programme;
import org.springframework.stereotype.Component;

/** IRP: the teams have worked together before, and say on what (joint publications or projects). */
@Component
class JointWorkDeclaredRule implements EligibilityRule {

    static final String CODE = "NO_JOINT_WORK";

    @Override
    public boolean appliesTo(Programme programme) {
        return programme == Programme.IRP;
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        return f.jointWork() == null || f.jointWork().isBlank() ? Optional.of(Reason.of(CODE)) : Optional.empty();
    }
}
