package io.grantflow.application;

import java.util.List;

import io.grantflow.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading applications and moving their status: what other features and the delegates call. */
@Service
public class ApplicationService {

    static final String PROPOSAL = "PROPOSAL";

    private final ApplicationRepository applications;
    private final IrpDetailsRepository irpDetails;

    ApplicationService(ApplicationRepository applications, IrpDetailsRepository irpDetails) {
        this.applications = applications;
        this.irpDetails = irpDetails;
    }

    /** The IRP declarations and budget table; empty for other programmes. */
    public java.util.Optional<IrpDetails> irpDetails(String applicationId) {
        return irpDetails.find(applicationId);
    }

    public Application get(String id) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("No application " + id));
    }

    /**
     * The application if the user may see it (a manager, its applicant, a co-applicant who wrote it); otherwise 404,
     * so that others' applications do not even show as existing.
     */
    public Application getFor(String id, String userId, boolean isManager) {
        Application application = applications.find(id).orElse(null);
        if (application == null || !(isManager || application.applicantId().equals(userId) || applications.isCoApplicant(id, userId))) {
            throw new NotFoundException("No application " + id);
        }
        return application;
    }

    public List<Application> ofApplicant(String applicantId) {
        return applications.findByApplicant(applicantId);
    }

    /** The applications others submitted with the user as a co-applicant. */
    List<Application> ofCoApplicant(String userId) {
        return applications.findByCoApplicant(userId);
    }

    public List<Application> ofCall(String callId) {
        return applications.findByCall(callId);
    }

    /** The ORCID iDs the applicants of a call gave, by application id (those who gave none are left out). */
    /** The applicants' own publication lists of a call's applications, by application id, in one query. */
    public java.util.Map<String, List<ApplicantWork>> applicantWorks(String callId) {
        return applications.applicantWorks(callId);
    }

    public java.util.Map<String, String> applicantOrcids(String callId) {
        return applications.applicantOrcids(callId);
    }

    public ProposalDocument proposal(String applicationId) {
        return applications.findDocument(applicationId, PROPOSAL)
                .orElseThrow(() -> new NotFoundException("No proposal for application " + applicationId));
    }

    @Transactional
    public void updateStatus(String applicationId, ApplicationStatus status) {
        applications.setStatus(applicationId, status);
    }
}
