package io.grantflow.process;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The steps of the report-review process that depend on which report it reviews (the variable "report"):
 * {@code ${reportReview.letters(report)}} and {@code ${reportReview.notices(report)}} for its send tasks, and,
 * as the approval task's listener, the manager's review, whose outcome the gateway reads as "reportApproved".
 */
@Component("reportReview")
public class ReportReview implements TaskListener {

    static final String APPROVED = "reportApproved";

    private final Map<String, ReviewedReport> reports;

    ReportReview(List<ReviewedReport> reports) {
        this.reports = reports.stream().collect(Collectors.toMap(ReviewedReport::report, Function.identity()));
    }

    public JavaDelegate letters(String report) {
        return named(report).letters();
    }

    public JavaDelegate notices(String report) {
        return named(report).notices();
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(APPROVED, named((String) task.getVariable("report")).review(task));
    }

    private ReviewedReport named(String report) {
        ReviewedReport reviewed = reports.get(report);
        if (reviewed == null) {
            throw new IllegalStateException("No report is named " + report + "; known: " + reports.keySet());
        }
        return reviewed;
    }
}
