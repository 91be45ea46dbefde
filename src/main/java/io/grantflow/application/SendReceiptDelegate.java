package io.grantflow.application;

import io.grantflow.call.Call;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Acknowledges receipt of an application to its applicant. */
@Component("sendReceiptDelegate")
class SendReceiptDelegate implements JavaDelegate {

    private final ApplicantLetters letters;

    SendReceiptDelegate(ApplicantLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicantLetters.Letter letter = letters.about((String) execution.getVariable("applicationId"));
        letter.model().put("submittedAt", letter.application().submittedAt().atZone(Call.FUNDER_ZONE));
        letters.send("receipt", letter);
    }
}
