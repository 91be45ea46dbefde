package io.grantflow.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.PayloadTooLargeException;
import io.grantflow.programme.ProgrammeDefinition;
import org.springframework.stereotype.Service;

/**
 * Drafts of applications: saved as the applicant types, checked on the review page, submitted once through the
 * SubmissionService. A draft is not an application: only the applicant sees it, and nothing counts it.
 */
@Service
class DraftService {

    /** A form larger than this is no form typed by a person. */
    private static final int FORM_MAX_CHARS = 200_000;

    private final DraftRepository drafts;
    private final ApplicationRepository applications;
    private final SubmissionService submissions;
    private final CallService calls;
    private final Clock clock;
    private final CoApplicants coApplicants;
    private final ApplicantPublications publications;

    DraftService(DraftRepository drafts, ApplicationRepository applications, SubmissionService submissions, CallService calls, Clock clock,
                 CoApplicants coApplicants, ApplicantPublications publications) {
        this.publications = publications;
        this.coApplicants = coApplicants;
        this.drafts = drafts;
        this.applications = applications;
        this.submissions = submissions;
        this.calls = calls;
        this.clock = clock;
    }

    Optional<Draft> find(String callId, String applicantId) {
        return drafts.find(callId, applicantId);
    }

    /** The applicant's drafts, but not one whose application went in already. */
    List<Draft> ofApplicant(String applicantId) {
        return drafts.ofApplicant(applicantId).stream()
                .filter(d -> !applications.existsForApplicant(d.callId(), applicantId)).toList();
    }

    /** The drafts of others that the user accepted to write with them. */
    List<Draft> sharedWith(String userId) {
        return coApplicants.sharedWith(userId).stream()
                .flatMap(invitation -> drafts.find(invitation.callId(), invitation.applicantId()).stream()).toList();
    }

    boolean applied(String callId, String applicantId) {
        return applications.existsForApplicant(callId, applicantId);
    }

    /**
     * Keeps the form, and the PDF if one was uploaded and is a PDF within the call's limit; a refused file is
     * named by the exception thrown after the form is kept, and the PDF kept before stays.
     */
    Draft save(Call call, String applicantId, PortalForm form, ProposalFile upload) {
        return save(call, applicantId, form, upload, null);
    }

    /** As above, with the applicant's publication list if one was uploaded: a list that cannot be read is refused the same way. */
    Draft save(Call call, String applicantId, PortalForm form, ProposalFile upload, ProposalFile publicationList) {
        if (calls.statusOf(call) != CallStatus.OPEN) {
            throw new ConflictException("callId", "This call takes no application now");
        }
        ProgrammeDefinition programme = calls.programmeOf(call);
        PortalForm kept = form.kept(programme);
        if (kept.toString().length() > FORM_MAX_CHARS) {
            throw new InvalidInputException("form", "is longer than " + FORM_MAX_CHARS + " characters");
        }
        drafts.saveForm(call.id(), applicantId, "draft-" + UUID.randomUUID(), kept, clock.instant());
        if (upload != null && upload.content() != null && upload.content().length > 0) {
            ProposalCheck.check(upload, call.settings().whole("proposalMaxBytes"));
            drafts.saveProposal(call.id(), applicantId, ProposalCheck.safeFileName(upload.fileName()), upload.content());
        }
        if (publicationList != null && publicationList.content() != null && publicationList.content().length > 0) {
            publications.read(publicationList.fileName(), publicationList.content());
            drafts.savePublications(call.id(), applicantId, ProposalCheck.safeFileName(publicationList.fileName()), publicationList.content());
        }
        return drafts.find(call.id(), applicantId).orElseThrow();
    }

    /** What the review page finds still to correct: the form's problems and the PDF's. */
    List<FieldProblem> problems(Call call, Draft draft) {
        List<FieldProblem> problems = new ArrayList<>(ApplicationFormValidator.problems(
                draft.form().toApplicationForm(calls.programmeOf(call)), call, calls.programmeOf(call), LocalDate.now(Call.FUNDER_ZONE)));
        try {
            ProposalCheck.check(drafts.proposal(call.id(), draft.applicantId()).orElse(null), call.settings().whole("proposalMaxBytes"));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (PayloadTooLargeException e) {
            problems.add(e.problem());
        }
        return problems;
    }

    /** Submits the draft as the application, with the draft's key so that a second click submits nothing more; the draft goes. */
    SubmissionService.Submitted submit(Call call, String applicantId) {
        Draft draft = drafts.find(call.id(), applicantId)
                .orElseThrow(() -> new ConflictException("callId", "There is no draft of an application to this call"));
        List<FieldProblem> problems = problems(call, draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SubmissionService.Submitted submitted = submissions.submit(call.id(), applicantId,
                draft.form().toApplicationForm(calls.programmeOf(call)), drafts.proposal(call.id(), applicantId).orElseThrow(),
                drafts.publications(call.id(), applicantId).orElse(null), draft.idempotencyKey());
        coApplicants.submitted(call.id(), applicantId, submitted.application().id());
        drafts.delete(call.id(), applicantId);
        return submitted;
    }
}
