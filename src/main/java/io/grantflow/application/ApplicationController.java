package io.grantflow.application;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.grantflow.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
class ApplicationController {

    private final SubmissionService submissions;
    private final ApplicationService applications;
    private final ApplicationTimeline timelines;

    ApplicationController(SubmissionService submissions, ApplicationService applications, ApplicationTimeline timelines) {
        this.submissions = submissions;
        this.applications = applications;
        this.timelines = timelines;
    }

    record Receipt(String id, ApplicationStatus status) {
    }

    record Summary(String id, String callId, String title, ApplicationStatus status, Instant submittedAt) {
    }

    record Detail(String id, String callId, String title, String abstractText, List<String> keywords, BigDecimal budgetEur,
                  int durationMonths, List<Partner> partners, ApplicationStatus status, Instant submittedAt,
                  List<?> timeline) {
    }

    @PostMapping(path = "/calls/{callId}/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit an application: JSON part 'application', PDF part 'proposal', optional part 'publications' (the applicant's own list: BibTeX, RIS, ORCID or OpenAlex works); repeat safely with an Idempotency-Key")
    ResponseEntity<Receipt> submit(@PathVariable String callId,
                                   @RequestPart("application") ApplicationForm form,
                                   @RequestPart("proposal") MultipartFile proposal,
                                   @RequestPart(name = "publications", required = false) MultipartFile publications,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                   Authentication user) {
        SubmissionService.Submitted result = submissions.submit(callId, user.getName(), form, read(proposal),
                publications == null ? null : read(publications), idempotencyKey);
        Application a = result.application();
        URI location = URI.create("/api/applications/" + a.id());
        Receipt receipt = new Receipt(a.id(), a.status());
        return result.created() ? ResponseEntity.created(location).body(receipt) : ResponseEntity.ok().location(location).body(receipt);
    }

    @GetMapping("/applications")
    @Operation(summary = "My applications")
    List<Summary> mine(Authentication user) {
        return applications.ofApplicant(user.getName()).stream()
                .map(a -> new Summary(a.id(), a.callId(), a.title(), a.status(), a.submittedAt()))
                .toList();
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "One of my applications, with its status and timeline")
    Detail one(@PathVariable String id, Authentication user) {
        Application a = applications.getFor(id, user.getName(), Roles.isManager(user));
        return new Detail(a.id(), a.callId(), a.title(), a.abstractText(), a.keywords(), a.budgetEur(), a.durationMonths(),
                a.partners(), a.status(), a.submittedAt(), timelines.of(a.processInstanceId(), Roles.isManager(user)));
    }

    @GetMapping("/applications/{id}/proposal")
    @Operation(summary = "The proposal PDF of an application (its applicant and programme managers)")
    ResponseEntity<byte[]> proposal(@PathVariable String id, Authentication user) {
        Application a = applications.getFor(id, user.getName(), Roles.isManager(user));
        ProposalDocument pdf = applications.proposal(a.id());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }

    static ProposalFile read(MultipartFile file) {
        try {
            return new ProposalFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new InvalidInputException(ProposalCheck.FIELD, "could not be read");
        }
    }
}
