package io.grantflow.irp;

import java.util.List;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.IrpDetails;
import io.grantflow.application.Partner;
import io.grantflow.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Where an IRP project stands, for its coordinator and the managers: budget table, signatures, tranches released. */
@RestController
class IrpProjectController {

    private final ApplicationService applications;
    private final AgreementService agreements;
    private final ProjectYearService years;

    IrpProjectController(ApplicationService applications, AgreementService agreements, ProjectYearService years) {
        this.applications = applications;
        this.agreements = agreements;
        this.years = years;
    }

    record SignatureView(String signatory, String institution, boolean signed, java.time.Instant signedAt) {
    }

    record ProjectView(IrpDetails declared, List<SignatureView> signatures, List<Tranche> tranches) {
    }

    @GetMapping("/api/applications/{id}/irp")
    ProjectView project(@PathVariable String id, Authentication user) {
        String applicationId = applications.getFor(id, user.getName(), Managers.is(user)).id();
        IrpDetails declared = applications.irpDetails(applicationId).orElseThrow(() -> new NotFoundException("No IRP project " + id));
        List<SignatureView> signatures = agreements.signaturesOf(applicationId).stream()
                .map(s -> new SignatureView(s.signatory(), s.institution(), s.signed(), s.signedAt()))
                .toList();
        return new ProjectView(declared, signatures, years.tranches(applicationId));
    }

    record NewLinkView(String institution, String sentTo) {
    }

    /** A manager has the process mail a partner a new signing link; 409 once the partner has signed. */
    @PostMapping("/api/applications/{id}/agreement/partners/{position}/new-link")
    @Operation(summary = "Managers: mail a partner (position from 0) a new signing link; the earlier link stops working")
    @ResponseStatus(HttpStatus.ACCEPTED)
    NewLinkView newSigningLink(@PathVariable String id, @PathVariable int position) {
        Partner partner = agreements.askNewLink(id, position);
        return new NewLinkView(partner.institution(), partner.email());
    }
}
