package io.grantflow.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.grantflow.process.WordedFormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The manager's review of an ineligibility gives each failed condition in words and values, in the reader's language. */
@Component
class IneligibilityWording implements WordedFormValues {

    private final EligibilityService eligibility;

    IneligibilityWording(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public Set<String> forms() {
        return Set.of("eligibility-review");
    }

    @Override
    public Map<String, Object> values(DelegateTask task, Locale language) {
        String applicationId = String.valueOf(task.getVariable("applicationId"));
        List<Reason> reasons = eligibility.recordOf(applicationId).map(r -> r.verdict().reasons()).orElse(List.of());
        return Map.of("ineligibilityExplained", String.join("\n", eligibility.explain(applicationId, reasons, language)));
    }
}
