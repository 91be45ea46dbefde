package io.grantflow.irp;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The documents of an IRP project in the portal, for its coordinator and the managers (a 404 for anyone else). */
@Controller
class IrpDocumentController {

    private final AgreementDocuments agreements;

    IrpDocumentController(AgreementDocuments agreements) {
        this.agreements = agreements;
    }

    /** The agreement with each signature as it stands: who signed, and when. */
    @GetMapping("/portal/applications/{id}/agreement")
    ResponseEntity<byte[]> agreement(@PathVariable String id, Authentication user, Locale locale) {
        return PdfResponse.pdf(agreements.pdfFor(id, user.getName(), Managers.is(user), locale), "agreement-" + id + ".pdf");
    }
}
