package io.grantflow.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.application.BudgetYear;
import io.grantflow.application.IrpDetails;
import io.grantflow.application.Partner;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs a programme's rules on an application, keeps the verdict, and records a manager's override. */
@Service
public class EligibilityService {

    private final List<EligibilityRule> rules;
    private final EligibilityRepository verdicts;
    private final ApplicationService applications;
    private final CallService calls;
    private final MessageSource messages;

    EligibilityService(List<EligibilityRule> rules, EligibilityRepository verdicts, ApplicationService applications,
                       CallService calls, MessageSource messages) {
        this.rules = rules;
        this.verdicts = verdicts;
        this.applications = applications;
        this.calls = calls;
        this.messages = messages;
    }

    @Transactional
    public Verdict check(String applicationId) {
        Application a = applications.get(applicationId);
        Call call = calls.get(a.callId());
        var irp = applications.irpDetails(applicationId);
        EligibilityFacts facts = new EligibilityFacts(call.programme(), a.phdDate(), a.unitCode(),
                a.partners().stream().map(Partner::country).toList(), a.budgetEur(), a.durationMonths(),
                call.closesAt(), call.settings(),
                irp.map(IrpDetails::permanentPosition).orElse(false), irp.map(IrpDetails::jointWork).orElse(null),
                irp.map(d -> d.yearlyBudget().stream().map(BudgetYear::amountEur).toList()).orElse(List.of()));
        Verdict verdict = Verdict.of(rules.stream()
                .filter(r -> r.appliesTo(call.programme()))
                .flatMap(r -> r.check(facts).stream())
                .toList());
        verdicts.saveVerdict(applicationId, verdict, CallService.now());
        applications.updateStatus(applicationId, verdict.eligible() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE);
        return verdict;
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
