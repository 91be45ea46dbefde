package io.grantflow.review;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reminder before the review deadline. */
@Component("remindReviewerDelegate")
class RemindReviewerDelegate implements JavaDelegate {

    private final ReviewMails mails;

    RemindReviewerDelegate(ReviewMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.toReviewer("review-reminder", (String) execution.getVariable("reviewerId"),
                (String) execution.getVariable("applicationId"), Instant.parse((String) execution.getVariable("reviewDueAt")));
    }
}
