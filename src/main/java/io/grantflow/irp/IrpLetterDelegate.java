package io.grantflow.irp;

import java.time.Instant;
import java.util.Map;

import io.grantflow.application.ApplicantLetters;
import io.grantflow.call.Call;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A letter to the IRP coordinator about the project's years; the input parameter "letter" names the template. */
@Component("irpLetterDelegate")
class IrpLetterDelegate implements JavaDelegate {

    private final ApplicantLetters letters;

    IrpLetterDelegate(ApplicantLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicantLetters.Letter letter = letters.about((String) execution.getVariable("applicationId"));
        Map<String, Object> model = letter.model();
        model.put("year", execution.getVariable("year"));
        model.put("tranche", execution.getVariable("trancheEur"));
        model.put("comment", execution.getVariable("annualReportComment"));
        model.put("reason", execution.getVariable("midTermReason"));
        Object due = execution.getVariable("annualReportDueAt");
        model.put("annualReportDueAt", due == null ? null : Instant.parse(due.toString()).atZone(Call.FUNDER_ZONE));
        letters.send((String) execution.getVariableLocal("letter"), letter);
    }
}
