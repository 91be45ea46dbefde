package io.grantflow.eligibility;

import java.util.List;

import io.grantflow.application.ApplicantLetters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes to the applicant about eligibility. The task's input parameter "letter" names the template:
 * "ineligible" lists every failed reason; "reinstated" gives the manager's override.
 */
@Component("sendEligibilityLetterDelegate")
class SendEligibilityLetterDelegate implements JavaDelegate {

    private final ApplicantLetters letters;
    private final EligibilityService eligibility;

    SendEligibilityLetterDelegate(ApplicantLetters letters, EligibilityService eligibility) {
        this.letters = letters;
        this.eligibility = eligibility;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicantLetters.Letter letter = letters.about((String) execution.getVariable("applicationId"));
        EligibilityRecord record = eligibility.recordOf(letter.application().id()).orElseThrow();
        List<String> reasons = eligibility.explain(letter.application().id(), record.verdict().reasons(), letter.to().language());
        letter.model().put("reasons", reasons);
        letter.model().put("decisionReason", record.decisionReason() == null ? "" : record.decisionReason());
        letters.send((String) execution.getVariableLocal("letter"), letter);
    }
}
