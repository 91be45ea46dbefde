package io.grantflow.irp;

import java.io.IOException;
import java.security.Principal;

import io.grantflow.application.ProposalFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The coordinator files the annual report (a PDF) of the current project year. */
@RestController
class AnnualReportController {

    private final ProjectYearService years;

    AnnualReportController(ProjectYearService years) {
        this.years = years;
    }

    @PostMapping(path = "/api/applications/{id}/annual-report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> submit(@PathVariable String id, @RequestPart("report") MultipartFile report, Principal user) throws IOException {
        years.submitAnnualReport(id, user.getName(), new ProposalFile(report.getOriginalFilename(), report.getBytes()));
        return ResponseEntity.noContent().build();
    }
}
