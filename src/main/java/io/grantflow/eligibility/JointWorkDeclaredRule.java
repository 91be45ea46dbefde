package io.grantflow.eligibility;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** IRP: the teams have worked together before, and say on what (joint publications or projects). */
@Component
class JointWorkDeclaredRule implements EligibilityRule {

    static final String CODE = "NO_JOINT_WORK";

    @Override
    public boolean appliesTo(String programme) {
        return "IRP".equals(programme);
    }

    @Override
    public Optional<Reason> check(EligibilityFacts f) {
        return f.jointWork() == null || f.jointWork().isBlank() ? Optional.of(Reason.of(CODE)) : Optional.empty();
    }
}
