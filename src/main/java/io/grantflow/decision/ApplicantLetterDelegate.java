package io.grantflow.decision;

import java.time.Instant;

import io.grantflow.application.ApplicantLetters;
import io.grantflow.call.Call;
import io.grantflow.discussion.DiscussionService;
import io.grantflow.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A letter to the applicant from decision onwards; the input parameter "letter" names the template.
 * Decision letters quote the reviewers' comments for the applicant, never who wrote them, and the consensus report
 * where the reviewers discussed the application.
 */
@Component("applicantLetterDelegate")
class ApplicantLetterDelegate implements JavaDelegate {

    private final ApplicantLetters letters;
    private final ReviewService reviews;
    private final FundingDecisionService decisions;
    private final DiscussionService discussions;

    ApplicantLetterDelegate(ApplicantLetters letters, ReviewService reviews, FundingDecisionService decisions,
                            DiscussionService discussions) {
        this.discussions = discussions;
        this.letters = letters;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicantLetters.Letter letter = letters.about((String) execution.getVariable("applicationId"));
        String applicationId = letter.application().id();
        letter.model().put("comments", reviews.commentsForApplicant(applicationId));
        letter.model().put("consensus", discussions.consensusOf(applicationId).map(DiscussionService.Consensus::report).orElse(null));
        letter.model().put("amount", decisions.decisionOf(applicationId).map(d -> d.amountEur().toPlainString()).orElse(""));
        for (String date : new String[] {"acceptanceDeadline", "projectEndsAt", "reportDueAt"}) {
            Object iso = execution.getVariable(date);
            letter.model().put(date, iso == null ? null : Instant.parse(iso.toString()).atZone(Call.FUNDER_ZONE));
        }
        letters.send((String) execution.getVariableLocal("letter"), letter);
    }
}
