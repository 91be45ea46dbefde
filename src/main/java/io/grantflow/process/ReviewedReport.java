package io.grantflow.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A report a funded project files and a programme manager reviews in the shared report-review process
 * (bpmn/report-review.bpmn): the process variable "report" names it; it says who writes its letters and
 * notices, which fields of its form hold the manager's answer, and where the review is kept.
 */
public abstract class ReviewedReport {

    /** The fields of the report's form: the approval tick, the comment, and the refusal when changes come without one. */
    public record Form(String approvedField, String commentField, String commentMissing) {
    }

    private final String report;
    private final JavaDelegate letters;
    private final JavaDelegate notices;
    private final Form form;

    /**
     * @param report  the value of the process variable "report" that names this report
     * @param letters writes its letters to the applicant; the input parameter "letter" names the template
     * @param notices writes its notices to the managers; the input parameter "notice" names the template
     */
    protected ReviewedReport(String report, JavaDelegate letters, JavaDelegate notices, Form form) {
        this.report = report;
        this.letters = letters;
        this.notices = notices;
        this.form = form;
    }

    /** Keeps a manager's review of the report, as the completing task's form gave it. */
    protected abstract void keep(DelegateTask task, FormValues.Answer answer);

    /** Keeps the review; asking for changes needs a comment. True when the report is approved. */
    boolean review(DelegateTask task) {
        FormValues.Answer answer = FormValues.answer(task, form.approvedField(), form.commentField());
        if (!answer.yes() && answer.text().isBlank()) {
            throw new IllegalArgumentException(form.commentMissing());
        }
        keep(task, answer);
        return answer.yes();
    }

    String report() {
        return report;
    }

    JavaDelegate letters() {
        return letters;
    }

    JavaDelegate notices() {
        return notices;
    }
}
