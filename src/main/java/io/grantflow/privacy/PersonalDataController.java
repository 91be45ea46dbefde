package io.grantflow.privacy;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The logged-in person's page about his or her data, and the download of all of it. */
@Controller
class PersonalDataController {

    private final PersonalDataExport export;
    private final Clock clock;

    PersonalDataController(PersonalDataExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/portal/account")
    String account() {
        return "portal/account";
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
