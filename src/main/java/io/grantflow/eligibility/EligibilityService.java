package io.grantflow.eligibility;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.programme.Text;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.dmn.DecisionEvaluationBuilder;
import org.camunda.bpm.engine.repository.DecisionDefinition;
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
    private final RepositoryService repository;
    private final EligibilityInputs inputs;
    private final EligibilityRepository verdicts;
    private final ApplicationService applications;
    private final CallService calls;
    private final MessageSource messages;
    private final Clock clock;

    EligibilityService(DecisionService decisions, RepositoryService repository, EligibilityInputs inputs, EligibilityRepository verdicts,
                       ApplicationService applications, CallService calls, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.decisions = decisions;
        this.repository = repository;
        this.inputs = inputs;
        this.verdicts = verdicts;
        this.applications = applications;
        this.calls = calls;
        this.messages = messages;
    }

    @Transactional
    public Verdict check(String applicationId) {
        return check(applicationId, null);
    }

    /**
     * Checks against the eligibility table deployed with the application's own process ({@code deploymentId}), so
     * that rules changed in a later version of the programme do not apply to applications its earlier version runs;
     * the latest table where that deployment holds none (or none is given).
     */
    @Transactional
    public Verdict check(String applicationId, String deploymentId) {
        Application a = applications.get(applicationId);
        Call call = calls.get(a.callId());
        Verdict verdict = decisionKeyOf(call)
                .map(key -> Verdict.ofTable(table(key, deploymentId)
                        .variables(inputs.of(a, applications.irpDetails(applicationId), call)).evaluate()))
                .orElse(Verdict.of(List.of()));
        verdicts.saveVerdict(applicationId, verdict, clock.instant());
        applications.updateStatus(applicationId, verdict.eligible() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE);
        return verdict;
    }

    private DecisionEvaluationBuilder table(String key, String deploymentId) {
        DecisionDefinition beside = deploymentId == null ? null : repository.createDecisionDefinitionQuery()
                .deploymentId(deploymentId).decisionDefinitionKey(key).singleResult();
        return beside == null ? decisions.evaluateDecisionTableByKey(key) : decisions.evaluateDecisionTableById(beside.getId());
    }

    /** The eligibility table its programme's settings file names (bpmn/&lt;programme&gt;/eligibility.dmn), if any. */
    private Optional<String> decisionKeyOf(Call call) {
        return Optional.ofNullable(calls.programmeOf(call).eligibility());
    }

    /** A manager confirms the ineligibility or overrides it; the reason is kept either way. */
    @Transactional
    public void decide(String applicationId, boolean override, String reason, String managerId) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required for the eligibility decision");
        }
        verdicts.saveDecision(applicationId, override, reason.trim(), managerId, clock.instant());
        if (override) {
            applications.updateStatus(applicationId, ApplicationStatus.ELIGIBLE);
        }
    }

    public Optional<EligibilityRecord> recordOf(String applicationId) {
        return verdicts.find(applicationId);
    }

    /**
     * The reasons in the reader's language, e.g. for the ineligibility letter: the text the application's programme
     * gives its own code, else the product's text of a shared code.
     */
    public List<String> explain(String applicationId, List<Reason> reasons, Locale language) {
        Map<String, Text> own = calls.programmeOf(calls.get(applications.get(applicationId).callId())).reasons();
        return reasons.stream().map(reason -> {
            Text text = own.get(reason.code());
            if (text != null) {
                // An apostrophe in a settings file is an apostrophe, not MessageFormat's quote.
                return new MessageFormat(text.in(language).replace("'", "''"), language).format(reason.args().toArray());
            }
            return messages.getMessage("eligibility." + reason.code(), reason.args().toArray(), reason.code(), language);
        }).toList();
    }
}
