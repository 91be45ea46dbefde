package io.grantflow.irp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.Partner;
import io.grantflow.call.CallService;
import io.grantflow.funder.Funder;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IRP agreement: signed by the funder (a manager in Tasklist) and by each partner institution
 * through a one-time link sent by email, which needs no account.
 */
@Service
public class AgreementService {

    static final String PARTNER_SIGNED = "PartnerSigned";
    static final String NEW_SIGNING_LINK = "NewSigningLink";

    private final AgreementRepository signatures;
    private final ApplicationService applications;
    private final CallService calls;
    private final Funder funder;
    private final RuntimeService runtime;
    private final AgreementDocuments documents;
    private final UserDirectory users;

    AgreementService(AgreementRepository signatures, ApplicationService applications, CallService calls, Funder funder,
                     RuntimeService runtime, AgreementDocuments documents, UserDirectory users) {
        this.signatures = signatures;
        this.documents = documents;
        this.users = users;
        this.applications = applications;
        this.calls = calls;
        this.funder = funder;
        this.runtime = runtime;
    }

    /** A link to sign, in clear for the email only; the link expires after the call's signatureLinkDays. */
    public record SigningLink(String token, Instant expiresAt) {
    }

    /** What a partner sees before signing: the agreement's text (English) and the reference of that text. */
    public record SigningView(String applicationTitle, String institution, String leadName, String agreementText, String reference) {

        /** The text's lines without the blank ones; a heading starts with "# ". */
        public List<String> agreementLines() {
            return agreementText.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** Opens the agreement: one signature per party. Returns the partners' positions, for one signing branch each. */
    @Transactional
    public List<Integer> prepare(String applicationId) {
        Application a = applications.get(applicationId);
        signatures.insert(applicationId, Signature.FUNDER, funder.name());
        for (int i = 0; i < a.partners().size(); i++) {
            signatures.insert(applicationId, Signature.partner(i), a.partners().get(i).institution());
        }
        documents.write(applicationId);
        return IntStream.range(0, a.partners().size()).boxed().toList();
    }

    /** A fresh link for a partner; any earlier link of that partner stops working. */
    @Transactional
    public SigningLink issueLink(String applicationId, int position) {
        int days = calls.get(applications.get(applicationId).callId()).settings().integer("signatureLinkDays");
        String token = SigningToken.generate();
        Instant expires = CallService.now().plus(Duration.ofDays(days));
        signatures.setToken(applicationId, Signature.partner(position), SigningToken.hash(token), expires);
        return new SigningLink(token, expires);
    }

    /**
     * A manager asks the process to mail a partner a new link (the earlier one expired or went astray). Refused
     * when the partner is not waiting to sign: signed already, or the agreement is not open.
     */
    @Transactional
    public Partner askNewLink(String applicationId, int position) {
        Application a = applications.get(applicationId);
        if (position < 0 || position >= a.partners().size()) {
            throw new NotFoundException("Application " + applicationId + " has no partner " + position);
        }
        Execution waiting = branchAwaiting(applicationId, NEW_SIGNING_LINK, position)
                .orElseThrow(() -> new ConflictException("position", "This partner is not waiting to sign: signed already, or the agreement is not open"));
        runtime.messageEventReceived(NEW_SIGNING_LINK, waiting.getId());
        return a.partners().get(position);
    }

    public SigningView view(String token) {
        return viewOf(usable(token));
    }

    /** The agreement's PDF, for the partner who holds a usable link. */
    public byte[] documentForSigning(String token, Locale language) {
        return documents.pdf(usable(token).applicationId(), language);
    }

    /** The partner signs: the link is spent, and the partner's branch of the process moves on. */
    @Transactional
    public SigningView sign(String token) {
        Signature s = usable(token);
        Partner partner = partnerOf(s);
        if (!signatures.sign(s.applicationId(), s.signatory(), partner.leadName(), CallService.now())) {
            throw new LinkUnusableException("This link has already been used");
        }
        Execution waiting = branchAwaiting(s.applicationId(), PARTNER_SIGNED, position(s))
                .orElseThrow(() -> new LinkUnusableException("This agreement is no longer waiting for your signature"));
        runtime.messageEventReceived(PARTNER_SIGNED, waiting.getId());
        return viewOf(s);
    }

    /** The manager's signature for the funder, from the Tasklist task: kept with the manager's name, as the agreement shows it. */
    @Transactional
    public void funderSigns(String applicationId, String managerId) {
        String name;
        try {
            name = users.contact(managerId).name() + " (" + managerId + ")";
        } catch (NotFoundException e) {
            name = managerId;
        }
        signatures.sign(applicationId, Signature.FUNDER, name, CallService.now());
    }

    public List<Signature> signaturesOf(String applicationId) {
        return signatures.findAll(applicationId);
    }

    public Partner partner(String applicationId, int position) {
        return applications.get(applicationId).partners().get(position);
    }

    /** The partner's signing branch, if it waits for the message. */
    private Optional<Execution> branchAwaiting(String applicationId, String message, int position) {
        return runtime.createExecutionQuery()
                .processInstanceBusinessKey(applicationId)
                .messageEventSubscriptionName(message)
                .list().stream()
                .filter(e -> Integer.valueOf(position).equals(runtime.getVariable(e.getId(), "partnerPosition")))
                .findFirst();
    }

    private Signature usable(String token) {
        Signature s = token == null || token.length() > 100 ? null
                : signatures.findByTokenHash(SigningToken.hash(token)).orElse(null);
        if (s == null) {
            throw new NotFoundException("This signing link is not valid");
        }
        if (s.signed()) {
            throw new LinkUnusableException("This link has already been used");
        }
        if (!CallService.now().isBefore(s.tokenExpiresAt())) {
            throw new LinkUnusableException("This link has expired; the programme team can send a new one");
        }
        return s;
    }

    private SigningView viewOf(Signature s) {
        AgreementDocument agreement = documents.document(s.applicationId());
        return new SigningView(applications.get(s.applicationId()).title(), s.institution(), partnerOf(s).leadName(),
                agreement.textEn(), agreement.reference());
    }

    private Partner partnerOf(Signature s) {
        return partner(s.applicationId(), position(s));
    }

    private static int position(Signature s) {
        return Integer.parseInt(s.signatory().substring("partner-".length()));
    }

    /** A link that was valid once: used or expired (410 Gone). */
    public static class LinkUnusableException extends RuntimeException {
        LinkUnusableException(String message) {
            super(message);
        }
    }
}
