package io.grantflow.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A report a funded project files and a programme manager reviews in the shared report-review process
 * (bpmn/report-review.bpmn): the process variable "report" names it, and it says who writes its letters
 * and notices and how its review is kept.
 */
public interface ReviewedReport {

    /** The value of the process variable "report" that names this report. */
    String report();

    /** Writes this report's letters to the applicant; the input parameter "letter" names the template. */
    JavaDelegate letters();

    /** Writes this report's notices to the managers; the input parameter "notice" names the template. */
    JavaDelegate notices();

    /** Keeps a manager's review from the completing task, or refuses it by throwing; true when the report is approved. */
    boolean keepReview(DelegateTask task);
}
