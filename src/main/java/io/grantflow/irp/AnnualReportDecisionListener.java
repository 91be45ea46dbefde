package io.grantflow.irp;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** A manager approves the annual report or asks for changes; asking for changes needs a comment. */
@Component("annualReportDecisionListener")
class AnnualReportDecisionListener implements TaskListener {

    private final ProjectYearService years;
    private final IdentityService identity;

    AnnualReportDecisionListener(ProjectYearService years, IdentityService identity) {
        this.years = years;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean approved = Boolean.TRUE.equals(task.getVariable("approveAnnualReport"));
        Object comment = task.getVariable("annualReportComment");
        if (!approved && (comment == null || comment.toString().isBlank())) {
            throw new IllegalArgumentException("Say what the coordinator should change in the annual report");
        }
        Authentication current = identity.getCurrentAuthentication();
        String managerId = current != null ? current.getUserId() : task.getAssignee();
        years.reviewAnnualReport((String) task.getVariable("applicationId"), ((Number) task.getVariable("year")).intValue(),
                approved, comment == null ? null : comment.toString(), managerId == null ? "unknown" : managerId);
        task.setVariable("approveAnnualReport", approved);
    }
}
