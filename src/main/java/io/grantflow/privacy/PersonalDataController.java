package io.grantflow.privacy;

import java.time.Clock;
import java.time.LocalDate;

import io.grantflow.call.Call;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The logged-in person's page about his or her data: the download of all of it, and the request to erase it. */
@Controller
class PersonalDataController {

    private final PersonalDataExport export;
    private final ErasureRequests erasures;
    private final Clock clock;

    PersonalDataController(PersonalDataExport export, ErasureRequests erasures, Clock clock) {
        this.export = export;
        this.erasures = erasures;
        this.clock = clock;
    }

    @GetMapping("/portal/account")
    String account(Authentication user, Model model) {
        model.addAttribute("erasure", erasures.latestOf(user.getName()).orElse(null));
        model.addAttribute("zone", Call.FUNDER_ZONE);
        return "portal/account";
    }

    /** Asking twice keeps the first request: the page says it is waiting for a manager. */
    @PostMapping("/portal/account/erasure")
    String askErasure(Authentication user) {
        erasures.ask(user.getName());
        return "redirect:/portal/account?erasureAsked";
    }

    @GetMapping("/portal/account/data.zip")
    ResponseEntity<byte[]> download(Authentication user) {
        String name = "grantflow-data-" + user.getName() + "-" + LocalDate.now(clock) + ".zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(export.zipOf(user.getName()));
    }
}
