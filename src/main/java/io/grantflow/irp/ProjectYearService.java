package io.grantflow.irp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.application.IrpDetails;
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

    ProjectYearService(ApplicationService applications, CallService calls, ProjectYearRepository years, RuntimeService runtime) {
        this.applications = applications;
        this.calls = calls;
        this.years = years;
        this.runtime = runtime;
    }

    /** The dates of project year {@code year} (1-based) of a project that started at {@code startedAt}. */
    public record YearPlan(int year, Instant startsAt, Instant reportDueAt, Instant reportReminderAt, boolean midTerm, boolean last) {
    }

    public YearPlan plan(String applicationId, Instant startedAt, int year) {
        Application a = applications.get(applicationId);
        CallRules rules = calls.get(a.callId()).rules();
        int projectYears = details(applicationId).years();
        ZonedDateTime start = startedAt.atZone(Call.FUNDER_ZONE);
        ZonedDateTime due = start.plusYears(year).plusDays(rules.annualReportDueDays());
        return new YearPlan(year, start.plusYears(year - 1L).toInstant(), due.toInstant(),
                due.minusDays(rules.reportReminderDaysBefore()).toInstant(),
                year == rules.midTermYear() && year > 1, year >= projectYears);
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
        Object year = waitingYear(a.id());
        years.insertReport(UUID.randomUUID().toString(), a.id(), ((Number) year).intValue(),
                ProposalCheck.safeFileName(report.fileName()), report.content(), CallService.now());
        try {
            runtime.createMessageCorrelation(ANNUAL_REPORT_SUBMITTED).processInstanceBusinessKey(a.id()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("applicationId", "No annual report is expected for this project now");
        }
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

    private Object waitingYear(String applicationId) {
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .processDefinitionKey("irp-application").active().singleResult();
        Object year = instance == null ? null : runtime.getVariable(instance.getId(), "year");
        if (year == null) {
            throw new ConflictException("applicationId", "No annual report is expected for this project now");
        }
        return year;
    }

    private IrpDetails details(String applicationId) {
        return applications.irpDetails(applicationId)
                .orElseThrow(() -> new IllegalStateException("Application " + applicationId + " has no IRP budget table"));
    }
}
