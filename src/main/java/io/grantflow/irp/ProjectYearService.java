package io.grantflow.irp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.grantflow.application.ApplicantLetters;
import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.application.IrpDetails;
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

/**
 * The years of a running IRP project: when each starts, its tranche, its annual report and the
 * manager's approval, the mid-term decision that continues or stops the project.
 */
@Service
public class ProjectYearService {

    static final String ANNUAL_REPORT_SUBMITTED = "AnnualReportSubmitted";
    static final long REPORT_MAX_BYTES = 20L * 1024 * 1024;

    private final ApplicationService applications;
    private final CallService calls;
    private final ProjectYearRepository years;
    private final RuntimeService runtime;
    private final ApplicantLetters letters;
    private final String baseUrl;

    ProjectYearService(ApplicationService applications, CallService calls, ProjectYearRepository years, RuntimeService runtime,
                       ApplicantLetters letters, @Value("${grantflow.base-url}") String baseUrl) {
        this.applications = applications;
        this.letters = letters;
        this.baseUrl = baseUrl;
        this.calls = calls;
        this.years = years;
        this.runtime = runtime;
    }

    /** The dates of project year {@code year} (1-based) of a project that started at {@code startedAt}. */
    public record YearPlan(int year, Instant startsAt, Instant reportDueAt, Instant reportReminderAt, boolean midTerm, boolean last) {
    }

    public YearPlan plan(String applicationId, Instant startedAt, int year) {
        Application a = applications.get(applicationId);
        CallSettings rules = calls.get(a.callId()).settings();
        int projectYears = details(applicationId).years();
        ZonedDateTime start = startedAt.atZone(Call.FUNDER_ZONE);
        ZonedDateTime due = start.plusYears(year).plusDays(rules.integer("annualReportDueDays"));
        return new YearPlan(year, start.plusYears(year - 1L).toInstant(), due.toInstant(),
                due.minusDays(rules.integer("reportReminderDaysBefore")).toInstant(),
                year == rules.integer("midTermYear") && year > 1, year >= projectYears);
    }

    /** Releases the tranche of the year, as the applicant's budget table says. */
    @Transactional
    public BigDecimal releaseTranche(String applicationId, int year) {
        BigDecimal amount = details(applicationId).amountOfYear(year);
        years.insertTranche(applicationId, year, amount, CallService.now());
        return amount;
    }

    public List<Tranche> tranches(String applicationId) {
        return years.tranches(applicationId);
    }

    @Transactional
    public void submitAnnualReport(String applicationId, String applicantId, ProposalFile report) {
        Application a = applications.getFor(applicationId, applicantId, false);
        ProposalCheck.checkPdf("report", report, REPORT_MAX_BYTES);
        int year = annualReportDue(a.id())
                .orElseThrow(() -> new ConflictException("applicationId", "No annual report is expected for this project now"));
        years.insertReport(UUID.randomUUID().toString(), a.id(), year,
                ProposalCheck.safeFileName(report.fileName()), report.content(), CallService.now());
        try {
            runtime.createMessageCorrelation(ANNUAL_REPORT_SUBMITTED).processInstanceBusinessKey(a.id())
                    .setVariable("annualReportUrl", baseUrl + "/portal/applications/" + a.id() + "/annual-reports/" + year)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("applicationId", "No annual report is expected for this project now"); // taken meanwhile
        }
        ApplicantLetters.Letter receipt = letters.about(a.id());
        receipt.model().put("year", year);
        letters.send("irp-annual-report-received", receipt);
    }

    /**
     * The project year whose annual report is awaited (first or revised), if one is: the report-review process
     * the project's process calls waits for it, under the application's business key, and holds the year.
     */
    public Optional<Integer> annualReportDue(String applicationId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).active().list().stream()
                .filter(pi -> runtime.createEventSubscriptionQuery().processInstanceId(pi.getId())
                        .eventName(ANNUAL_REPORT_SUBMITTED).count() > 0)
                .map(pi -> ((Number) runtime.getVariable(pi.getId(), "year")).intValue())
                .findFirst();
    }

    public List<AnnualReport> annualReports(String applicationId) {
        return years.latestReports(applicationId);
    }

    /** The latest annual report of a year, for the coordinator and the managers. */
    public Optional<ProposalDocument> annualReport(String applicationId, int year, String userId, boolean manager) {
        return years.latestReport(applications.getFor(applicationId, userId, manager).id(), year);
    }

    @Transactional
    public void reviewAnnualReport(String applicationId, int year, boolean approved, String comment, String managerId) {
        years.reviewLatestReport(applicationId, year, approved, comment, managerId, CallService.now());
    }

    @Transactional
    public void decideMidTerm(String applicationId, boolean continued, String reason, String managerId) {
        years.insertMidTerm(applicationId, continued, reason, managerId, CallService.now());
        if (!continued) {
            applications.updateStatus(applicationId, ApplicationStatus.STOPPED);
        }
    }


    private IrpDetails details(String applicationId) {
        return applications.irpDetails(applicationId)
                .orElseThrow(() -> new IllegalStateException("Application " + applicationId + " has no IRP budget table"));
    }
}
