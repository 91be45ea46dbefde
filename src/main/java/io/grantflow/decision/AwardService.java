package io.grantflow.decision;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.application.ProposalCheck;
import io.grantflow.application.ProposalFile;
import io.grantflow.call.Call;
import io.grantflow.call.CallRules;
import io.grantflow.call.CallService;
import io.grantflow.problem.ConflictException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A funded applicant accepts the award, runs the project and files the final report; a manager approves it. */
@Service
public class AwardService {

    static final long REPORT_MAX_BYTES = 20L * 1024 * 1024;

    private final ApplicationService applications;
    private final CallService calls;
    private final DecisionRepository decisions;
    private final RuntimeService runtime;

    AwardService(ApplicationService applications, CallService calls, DecisionRepository decisions, RuntimeService runtime) {
        this.applications = applications;
        this.calls = calls;
        this.decisions = decisions;
        this.runtime = runtime;
    }

    /** The dates a running project is held to. */
    public record ProjectDates(Instant projectEndsAt, Instant reportDueAt, Instant reportReminderAt) {
    }

    @Transactional
    public void accept(String applicationId, String applicantId) {
        Application a = applications.getFor(applicationId, applicantId, false);
        correlate("AwardAccepted", a.id(), "This award is not waiting for your acceptance");
    }

    /** Called by the process once the award is accepted: the project starts now and runs for its duration. */
    @Transactional
    public ProjectDates startProject(String applicationId) {
        Application a = applications.get(applicationId);
        CallRules rules = calls.get(a.callId()).rules();
        ZonedDateTime now = CallService.now().atZone(Call.FUNDER_ZONE);
        ZonedDateTime ends = now.plusMonths(a.durationMonths());
        ZonedDateTime due = ends.plusMonths(rules.finalReportDueMonths());
        ZonedDateTime reminder = due.minusDays(rules.reportReminderDaysBefore());
        decisions.insertAward(applicationId, now.toInstant(), ends.toInstant(), due.toInstant());
        applications.updateStatus(applicationId, ApplicationStatus.IN_PROGRESS);
        return new ProjectDates(ends.toInstant(), due.toInstant(), reminder.toInstant());
    }

    /** The applicant did not accept in time. */
    @Transactional
    public void lapse(String applicationId) {
        applications.updateStatus(applicationId, ApplicationStatus.LAPSED);
    }

    @Transactional
    public void submitFinalReport(String applicationId, String applicantId, ProposalFile report) {
        Application a = applications.getFor(applicationId, applicantId, false);
        ProposalCheck.checkPdf("report", report, REPORT_MAX_BYTES);
        decisions.insertReport(UUID.randomUUID().toString(), a.id(), ProposalCheck.safeFileName(report.fileName()),
                report.content(), CallService.now());
        correlate("FinalReportSubmitted", a.id(), "No final report is expected for this application now");
    }

    @Transactional
    public void reviewFinalReport(String applicationId, boolean approved, String comment, String managerId) {
        decisions.reviewLatestReport(applicationId, approved, comment, managerId, CallService.now());
        if (approved) {
            applications.updateStatus(applicationId, ApplicationStatus.CLOSED);
        }
    }

    private void correlate(String message, String applicationId, String refusal) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(applicationId).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("applicationId", refusal);
        }
    }
}
