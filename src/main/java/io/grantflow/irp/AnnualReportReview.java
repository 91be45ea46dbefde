package io.grantflow.irp;

import io.grantflow.process.FormValues;
import io.grantflow.process.ReviewedReport;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The annual report of a project year (forms/irp/irp-annual-report-review.form): approved, or sent back. */
@Component
class AnnualReportReview extends ReviewedReport {

    private final ProjectYearService years;

    AnnualReportReview(ProjectYearService years, IrpLetterDelegate letters, IrpManagerNoticeDelegate notices) {
        super("annual", letters, notices, new Form("approveAnnualReport", "annualReportComment",
                "Say what the coordinator should change in the annual report"));
        this.years = years;
    }

    @Override
    protected void keep(DelegateTask task, FormValues.Answer answer) {
        years.reviewAnnualReport((String) task.getVariable("applicationId"), ((Number) task.getVariable("year")).intValue(),
                answer.yes(), answer.textOrNull(), answer.by());
    }
}
