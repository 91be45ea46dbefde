package io.grantflow.decision;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

import io.grantflow.application.ApplicantLetters;
import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.application.ProposalCheck;
import io.grantflow.application.ProposalDocument;
import io.grantflow.application.ProposalFile;
import io.grantflow.call.Call;
import io.grantflow.call.CallSettings;
import io.grantflow.call.CallService;
import io.grantflow.problem.ConflictException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
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
    private final ApplicantLetters letters;
    private final String baseUrl;

    AwardService(ApplicationService applications, CallService calls, DecisionRepository decisions, RuntimeService runtime,
                 ApplicantLetters letters, @Value("${grantflow.base-url}") String baseUrl) {
        this.applications = applications;
        this.letters = letters;
        this.baseUrl = baseUrl;
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
        CallSettings rules = calls.get(a.callId()).settings();
        ZonedDateTime now = CallService.now().atZone(Call.FUNDER_ZONE);
        ZonedDateTime ends = now.plusMonths(a.durationMonths());
        ZonedDateTime due = ends.plusMonths(rules.integer("finalReportDueMonths"));
        ZonedDateTime reminder = due.minusDays(rules.integer("reportReminderDaysBefore"));
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
        try {
            runtime.createMessageCorrelation("FinalReportSubmitted").processInstanceBusinessKey(a.id())
                    .setVariable("finalReportUrl", baseUrl + "/portal/applications/" + a.id() + "/final-report")
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("applicationId", "No final report is expected for this application now");
        }
        letters.send("final-report-received", letters.about(a.id()));
    }

    /** Whether the application's process waits for a final report, first or revised. */
    public boolean finalReportDue(String applicationId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).active().list().stream()
                .anyMatch(pi -> runtime.createEventSubscriptionQuery().processInstanceId(pi.getId())
                        .eventName("FinalReportSubmitted").count() > 0);
    }

    public boolean finalReportFiled(String applicationId) {
        return decisions.reportCount(applicationId) > 0;
    }

    /** The latest final report, for the applicant and the managers. */
    public Optional<ProposalDocument> finalReport(String applicationId, String userId, boolean manager) {
        return decisions.latestReport(applications.getFor(applicationId, userId, manager).id());
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
