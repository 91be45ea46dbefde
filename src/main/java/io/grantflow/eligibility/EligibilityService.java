package io.grantflow.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates the eligibility table (DMN) of an application's programme, keeps the verdict, and records a manager's
 * override. The evaluation is Camunda's, so Cockpit shows it with its inputs and matched rules.
 */
@Service
public class EligibilityService {

    private final DecisionService decisions;
    private final EligibilityInputs inputs;
    private final EligibilityRepository verdicts;
    private final ApplicationService applications;
    private final CallService calls;
    private final MessageSource messages;

    EligibilityService(DecisionService decisions, EligibilityInputs inputs, EligibilityRepository verdicts,
                       ApplicationService applications, CallService calls, MessageSource messages) {
        this.decisions = decisions;
        this.inputs = inputs;
        this.verdicts = verdicts;
        this.applications = applications;
        this.calls = calls;
        this.messages = messages;
    }

    @Transactional
    public Verdict check(String applicationId) {
        Application a = applications.get(applicationId);
        Call call = calls.get(a.callId());
        Verdict verdict = decisionKeyOf(call)
                .map(key -> Verdict.ofTable(decisions.evaluateDecisionTableByKey(key)
                        .variables(inputs.of(a, applications.irpDetails(applicationId), call)).evaluate()))
                .orElse(Verdict.of(List.of()));
        verdicts.saveVerdict(applicationId, verdict, CallService.now());
        applications.updateStatus(applicationId, verdict.eligible() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE);
        return verdict;
    }

    /** The eligibility table of the call's programme (bpmn/<programme>/eligibility.dmn); the prize has none. */
    static Optional<String> decisionKeyOf(Call call) {
        return switch (call.programme()) {
            case FIRST_STEP -> Optional.of("first-step-eligibility");
            case IRP -> Optional.of("irp-eligibility");
            case PRIZE -> Optional.empty();
        };
    }

    /** A manager confirms the ineligibility or overrides it; the reason is kept either way. */
    @Transactional
    public void decide(String applicationId, boolean override, String reason, String managerId) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required for the eligibility decision");
        }
        verdicts.saveDecision(applicationId, override, reason.trim(), managerId, CallService.now());
        if (override) {
            applications.updateStatus(applicationId, ApplicationStatus.ELIGIBLE);
        }
    }

    public Optional<EligibilityRecord> recordOf(String applicationId) {
        return verdicts.find(applicationId);
    }

    /** The reason in the reader's language, e.g. for the ineligibility letter. */
    public String explain(Reason reason, Locale language) {
        return messages.getMessage("eligibility." + reason.code(), reason.args().toArray(), reason.code(), language);
    }
}
