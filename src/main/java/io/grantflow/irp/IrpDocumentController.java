package io.grantflow.irp;

import java.io.IOException;
import java.util.Locale;

import io.grantflow.application.ProposalDocument;
import io.grantflow.application.ProposalFile;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of an IRP project in the portal, for its coordinator and the managers (a 404 for anyone else): the
 * agreement, the annual reports; and the coordinator's form for the annual report that is due.
 */
@Controller
class IrpDocumentController {

    private final AgreementDocuments agreements;
    private final ProjectYearService years;

    IrpDocumentController(AgreementDocuments agreements, ProjectYearService years) {
        this.agreements = agreements;
        this.years = years;
    }

    /** The agreement with each signature as it stands: who signed, and when. */
    @GetMapping("/portal/applications/{id}/agreement")
    ResponseEntity<byte[]> agreement(@PathVariable String id, Authentication user, Locale locale) {
        return PdfResponse.pdf(agreements.pdfFor(id, user.getName(), Managers.is(user), locale), "agreement-" + id + ".pdf");
    }

    /** The latest annual report of a project year, as the manager's approval task links to it. */
    @GetMapping("/portal/applications/{id}/annual-reports/{year}")
    ResponseEntity<byte[]> annualReport(@PathVariable String id, @PathVariable int year, Authentication user) {
        ProposalDocument report = years.annualReport(id, year, user.getName(), Managers.is(user))
                .orElseThrow(() -> new NotFoundException("No annual report " + year + " for " + id));
        return PdfResponse.pdf(report.content(), report.fileName());
    }

    @PostMapping("/portal/applications/{id}/annual-report")
    String submitAnnualReport(@PathVariable String id, @RequestPart("report") MultipartFile report, Authentication user) {
        try {
            years.submitAnnualReport(id, user.getName(), new ProposalFile(report.getOriginalFilename(), report.getBytes()));
        } catch (IOException e) {
            throw new InvalidInputException("report", "could not be read");
        }
        return "redirect:/portal/applications/" + id + "?annualReported";
    }
}
