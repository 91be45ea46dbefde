package io.grantflow.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.names.Orcids;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.programme.ProgrammeDefinition;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a submission: the application row, its PDF and its process instance are written in one
 * transaction, or nothing is. A repeated request with the same Idempotency-Key returns the first result.
 */
@Service
public class SubmissionService {

    private final CallService calls;
    private final ApplicationRepository applications;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final IrpDetailsRepository irpDetails;
    private final Clock clock;
    private final ApplicantPublications publications;

    SubmissionService(CallService calls, ApplicationRepository applications, RuntimeService runtime, TransactionTemplate transaction,
                      IrpDetailsRepository irpDetails, Clock clock, ApplicantPublications publications) {
        this.clock = clock;
        this.publications = publications;
        this.calls = calls;
        this.applications = applications;
        this.runtime = runtime;
        this.transaction = transaction;
        this.irpDetails = irpDetails;
    }

    public record Submitted(Application application, boolean created) {
    }

    public Submitted submit(String callId, String applicantId, ApplicationForm form, ProposalFile proposal, String idempotencyKey) {
        return submit(callId, applicantId, form, proposal, null, idempotencyKey);
    }

    /**
     * With the applicant's own publication list (BibTeX, RIS, ORCID or OpenAlex works), or null: without one, the
     * works are asked of ORCID when the form gives an iD, and an ORCID that does not answer leaves the application
     * without a list rather than refused.
     */
    public Submitted submit(String callId, String applicantId, ApplicationForm form, ProposalFile proposal, ProposalFile publicationList,
                            String idempotencyKey) {
        String key = normaliseKey(idempotencyKey);
        if (key != null) {
            var earlier = applications.findByIdempotencyKey(applicantId, key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), callId);
            }
        }
        Call call = calls.get(callId);
        checkOpen(call);
        List<FieldProblem> problems = ApplicationFormValidator.problems(form, call, calls.programmeOf(call), LocalDate.now(Call.FUNDER_ZONE));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProposalCheck.check(proposal, call.settings().whole("proposalMaxBytes"));
        boolean listSent = publicationList != null && publicationList.content() != null && publicationList.content().length > 0;
        List<ApplicantWork> given = listSent ? publications.read(publicationList.fileName(), publicationList.content()) : null;
        if (applications.existsForApplicant(callId, applicantId)) {
            throw new ConflictException("callId", "You have already applied to this call");
        }
        String orcid = Orcids.normalise(form.applicantOrcid());
        List<ApplicantWork> works = given != null ? given
                : orcid == null ? List.of() : publications.fromOrcid(orcid).orElse(List.of());
        try {
            Application stored = transaction.execute(tx -> store(call, applicantId, form, proposal, works, key));
            return new Submitted(stored, true);
        } catch (DuplicateKeyException race) {
            // A concurrent twin of this request won: answer with its result, or refuse the second application.
            if (key != null) {
                var twin = applications.findByIdempotencyKey(applicantId, key);
                if (twin.isPresent()) {
                    return replay(twin.get(), callId);
                }
            }
            throw new ConflictException("callId", "You have already applied to this call");
        }
    }

    private Application store(Call call, String applicantId, ApplicationForm form, ProposalFile proposal, List<ApplicantWork> works,
                              String key) {
        Application application = new Application(
                UUID.randomUUID().toString(), call.id(), applicantId,
                form.title().trim(), form.abstractText().trim(),
                form.keywords().stream().map(String::trim).toList(),
                form.budgetEur(), form.durationMonths(), form.phdDate(),
                form.unitCode().trim(),
                form.partners().stream().map(SubmissionService::trimmed).toList(),
                form.excludedReviewers() == null ? List.of() : form.excludedReviewers().stream().map(String::trim).toList(),
                ApplicationStatus.SUBMITTED, clock.instant(), null);
        applications.insert(application, key);
        applications.setApplicantOrcid(application.id(), Orcids.normalise(form.applicantOrcid()));
        applications.insertPublications(application.id(), works);
        applications.insertDocument(application.id(), ApplicationService.PROPOSAL, ProposalCheck.safeFileName(proposal.fileName()), proposal.content());
        if (calls.programmeOf(call).asks(ProgrammeDefinition.PROJECT_YEARS)) {
            irpDetails.insert(application.id(), new IrpDetails(form.permanentPosition(),
                    form.jointWork() == null || form.jointWork().isBlank() ? null : form.jointWork().trim(), form.yearlyBudget()));
        }
        String processInstanceId = runtime.startProcessInstanceByKey(
                calls.programmeOf(call).applicationProcess(), application.id(),
                Map.of("applicationId", application.id(),
                        "callId", call.id(),
                        "applicantId", applicantId,
                        "title", application.title())).getId();
        applications.setProcessInstance(application.id(), processInstanceId);
        // The process has checked eligibility: of what was just inserted, only the status has changed.
        ApplicationStatus checked = applications.status(application.id());
        return new Application(application.id(), application.callId(), application.applicantId(), application.title(),
                application.abstractText(), application.keywords(), application.budgetEur(), application.durationMonths(),
                application.phdDate(), application.unitCode(), application.partners(), application.exclusions(),
                checked, application.submittedAt(), processInstanceId);
    }

    private void checkOpen(Call call) {
        Instant now = clock.instant();
        CallStatus status = call.statusAt(now);
        if (status == CallStatus.UPCOMING) {
            throw new ConflictException("callId", "This call opens at " + call.opensAt().atZone(Call.FUNDER_ZONE));
        }
        if (status == CallStatus.CLOSED) {
            throw new ConflictException("callId", "This call closed at " + call.closesAt().atZone(Call.FUNDER_ZONE));
        }
        if (!calls.programmeOf(call).takesApplications()) {
            throw new ConflictException("callId", "This call takes nominations, not applications");
        }
    }

    private static Submitted replay(Application earlier, String callId) {
        if (!earlier.callId().equals(callId)) {
            throw new ConflictException("Idempotency-Key", "This Idempotency-Key was used for another call");
        }
        return new Submitted(earlier, false);
    }

    private static String normaliseKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "is longer than 100 characters");
        }
        return key.trim();
    }

    private static Partner trimmed(Partner p) {
        return new Partner(p.institution().trim(), p.country().trim().toUpperCase(java.util.Locale.ROOT), p.leadName().trim(),
                p.email() == null || p.email().isBlank() ? null : p.email().trim());
    }
}
