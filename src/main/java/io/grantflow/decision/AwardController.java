package io.grantflow.decision;

import java.io.IOException;
import java.util.List;

import io.grantflow.application.ProposalDocument;
import io.grantflow.application.ProposalFile;
import io.grantflow.problem.NotFoundException;
import io.grantflow.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** Award acceptance and the final report, in the API and in the portal; the committee ranking for managers. */
@Controller
class AwardController {

    private final AwardService awards;
    private final FundingDecisionService decisions;

    AwardController(AwardService awards, FundingDecisionService decisions) {
        this.awards = awards;
        this.decisions = decisions;
    }

    @PostMapping("/api/applications/{id}/award/acceptance")
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Accept the award of my funded application")
    void accept(@PathVariable String id, Authentication user) {
        awards.accept(id, user.getName());
    }

    @PostMapping(path = "/api/applications/{id}/final-report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Submit the final report (PDF part 'report') of my project")
    void report(@PathVariable String id, @RequestPart("report") MultipartFile report, Authentication user) {
        awards.submitFinalReport(id, user.getName(), read(report));
    }

    @GetMapping("/api/calls/{callId}/ranking")
    @ResponseBody
    @Operation(summary = "The committee ranking of a call: mean scores per criterion and the funding proposal (managers)")
    List<RankedApplication> ranking(@PathVariable String callId) {
        return decisions.rank(callId);
    }

    @PostMapping("/portal/applications/{id}/award")
    String acceptInPortal(@PathVariable String id, Authentication user) {
        awards.accept(id, user.getName());
        return "redirect:/portal/applications/" + id + "?accepted";
    }

    @PostMapping("/portal/applications/{id}/report")
    String reportInPortal(@PathVariable String id, @RequestPart("report") MultipartFile report, Authentication user) {
        awards.submitFinalReport(id, user.getName(), read(report));
        return "redirect:/portal/applications/" + id + "?reported";
    }

    /** The latest final report, for the applicant and the managers (from the approval task); 404 for anyone else. */
    @GetMapping("/portal/applications/{id}/final-report")
    ResponseEntity<byte[]> finalReport(@PathVariable String id, Authentication user) {
        boolean manager = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER"));
        ProposalDocument pdf = awards.finalReport(id, user.getName(), manager)
                .orElseThrow(() -> new NotFoundException("No final report for " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }

    private static ProposalFile read(MultipartFile file) {
        try {
            return new ProposalFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new InvalidInputException("report", "could not be read");
        }
    }
}
