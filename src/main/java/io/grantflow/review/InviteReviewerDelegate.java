package io.grantflow.review;

import java.time.Duration;
import java.time.Instant;

import io.grantflow.call.CallSettings;
import io.grantflow.call.CallService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Invites the reviewer of the current assignment: sets who reviews and by when (the reminder and
 * deadline timers read reminderAt and reviewDueAt), and mails the invitation.
 */
@Component("inviteReviewerDelegate")
class InviteReviewerDelegate implements JavaDelegate {

    private final ReviewerAssignmentService assignments;
    private final CallService calls;
    private final ReviewMails mails;

    InviteReviewerDelegate(ReviewerAssignmentService assignments, CallService calls, ReviewMails mails) {
        this.assignments = assignments;
        this.calls = calls;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewAssignment a = assignments.assignment((String) execution.getVariable("assignmentId")).orElseThrow();
        CallSettings rules = calls.get(a.callId()).settings();
        boolean alternate = a.replaces() != null
                && assignments.assignment(a.replaces()).map(r -> r.status() == AssignmentStatus.LATE).orElse(false);
        Instant now = CallService.now();
        Instant dueAt = now.plus(Duration.ofDays(alternate ? rules.integer("alternateReviewDays") : rules.integer("reviewDays")));
        Instant reminderAt = dueAt.minus(Duration.ofDays(rules.integer("reviewReminderDaysBefore")));
        execution.setVariable("reviewerId", a.reviewerId());
        execution.setVariable("reviewDueAt", dueAt.toString());
        execution.setVariable("reminderAt", (reminderAt.isAfter(now) ? reminderAt : now).toString());
        mails.toReviewer(alternate ? "review-invitation-alternate" : "review-invitation", a.reviewerId(), a.applicationId(), dueAt);
    }
}
