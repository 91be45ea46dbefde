package io.grantflow.irp;

import io.grantflow.process.FormValues;
import io.grantflow.process.ReviewedReport;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The annual report of a project year: approved, or sent back; asking for changes needs a comment. */
@Component
class AnnualReportReview implements ReviewedReport {

    private final ProjectYearService years;
    private final IrpLetterDelegate letters;
    private final IrpManagerNoticeDelegate notices;

    AnnualReportReview(ProjectYearService years, IrpLetterDelegate letters, IrpManagerNoticeDelegate notices) {
        this.years = years;
        this.letters = letters;
        this.notices = notices;
    }

    @Override
    public String report() {
        return "annual";
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
        FormValues.Answer answer = FormValues.answer(task, "approveAnnualReport", "annualReportComment");
        if (!answer.yes() && answer.text().isBlank()) {
            throw new IllegalArgumentException("Say what the coordinator should change in the annual report");
        }
        years.reviewAnnualReport((String) task.getVariable("applicationId"), ((Number) task.getVariable("year")).intValue(),
                answer.yes(), answer.textOrNull(), answer.by());
        return answer.yes();
    }
}
