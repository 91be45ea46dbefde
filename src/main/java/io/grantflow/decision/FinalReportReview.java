package io.grantflow.decision;

import io.grantflow.process.FormValues;
import io.grantflow.process.ReviewedReport;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The final report of a project (forms/final-report-review.form): approved, which closes the project, or sent back. */
@Component
class FinalReportReview extends ReviewedReport {

    private final AwardService awards;

    FinalReportReview(AwardService awards, ApplicantLetterDelegate letters, ManagerNoticeDelegate notices) {
        super("final", letters, notices, new Form("approveReport", "reportComment",
                "Say what the applicant should change in the report"));
        this.awards = awards;
    }

    @Override
    protected void keep(DelegateTask task, FormValues.Answer answer) {
        awards.reviewFinalReport((String) task.getVariable("applicationId"), answer.yes(), answer.textOrNull(), answer.by());
    }
}
