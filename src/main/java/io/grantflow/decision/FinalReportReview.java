package io.grantflow.decision;

import io.grantflow.process.FormValues;
import io.grantflow.process.ReviewedReport;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The final report of a project: approved, which closes the project, or sent back; a request for changes needs a comment. */
@Component
class FinalReportReview implements ReviewedReport {

    private final AwardService awards;
    private final ApplicantLetterDelegate letters;
    private final ManagerNoticeDelegate notices;

    FinalReportReview(AwardService awards, ApplicantLetterDelegate letters, ManagerNoticeDelegate notices) {
        this.awards = awards;
        this.letters = letters;
        this.notices = notices;
    }

    @Override
    public String report() {
        return "final";
    }

    @Override
    public JavaDelegate letters() {
        return letters;
    }

    @Override
    public JavaDelegate notices() {
        return notices;
    }

    @Override
    public boolean keepReview(DelegateTask task) {
        FormValues.Answer answer = FormValues.answer(task, "approveReport", "reportComment");
        if (!answer.yes() && answer.text().isBlank()) {
            throw new IllegalArgumentException("Say what the applicant should change in the report");
        }
        awards.reviewFinalReport((String) task.getVariable("applicationId"), answer.yes(), answer.textOrNull(), answer.by());
        return answer.yes();
    }
}
