package io.grantflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the programme managers about a review that went wrong; the input parameter "notice" names the template. */
@Component("tellManagersDelegate")
class TellManagersDelegate implements JavaDelegate {

    private final ReviewMails mails;

    TellManagersDelegate(ReviewMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.toManagers((String) execution.getVariableLocal("notice"), (String) execution.getVariable("applicationId"),
                (String) execution.getVariable("lastReviewerId"));
    }
}
