package io.grantflow.irp;

import java.util.List;
import java.util.Map;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationPagePart;
import org.springframework.stereotype.Component;

/**
 * An IRP project on the application's page: the agreement once it is open, the annual reports filed, and the form
 * for the annual report only while one is due.
 */
@Component
class IrpPagePart implements ApplicationPagePart {

    /** What the page shows of the project; annualReportDue is the year whose report is due, or null. */
    public record IrpPage(boolean agreement, Integer annualReportDue, List<AnnualReport> annualReports) {
    }

    private final AgreementService agreements;
    private final ProjectYearService years;

    IrpPagePart(AgreementService agreements, ProjectYearService years) {
        this.agreements = agreements;
        this.years = years;
    }

    @Override
    public Map<String, Object> model(Application application, String userId, boolean manager) {
        if (agreements.signaturesOf(application.id()).isEmpty()) {
            return Map.of(); // not an IRP project, or not funded yet
        }
        return Map.of("irp", new IrpPage(true, years.annualReportDue(application.id()).orElse(null),
                years.annualReports(application.id())));
    }
}
