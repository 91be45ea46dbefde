package io.grantflow.review;

import java.util.List;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ProposalDocument;
import io.grantflow.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reviewers open the proposals assigned to them; managers read and explain a call's assignment and set its panel. */
@RestController
class ReviewController {

    private final ReviewService reviews;
    private final ReviewerAssignmentService assignments;
    private final ApplicationService applications;
    private final ReviewPanel panel;

    ReviewController(ReviewService reviews, ReviewerAssignmentService assignments, ApplicationService applications,
                     ReviewPanel panel) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.applications = applications;
        this.panel = panel;
    }

    /**
     * For the link in the review form; the portal's login applies. A reviewer who has not yet declared and accepted,
     * and anyone else, gets 404, as if it did not exist.
     */
    @GetMapping("/portal/reviews/{applicationId}/proposal")
    ResponseEntity<byte[]> proposal(@PathVariable String applicationId, Authentication user) {
        boolean manager = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER"));
        if (!manager && !reviews.mayReadApplication(applicationId, user.getName())) {
            throw new NotFoundException("No application " + applicationId);
        }
        ProposalDocument pdf = applications.proposal(applicationId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }

    @GetMapping("/api/calls/{callId}/assignments")
    @Operation(summary = "Who reviews what in a call, with each pair's affinity and the terms behind it (managers)")
    List<ReviewAssignment> assignments(@PathVariable String callId) {
        return assignments.assignmentsOfCall(callId);
    }

    @PutMapping("/api/calls/{callId}/panel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The reviewers a call draws from (managers); an empty list means every reviewer. "
            + "Applications left short of a reviewer invite a free new member at once")
    void panel(@PathVariable String callId, @RequestBody List<String> reviewerIds, Authentication user) {
        panel.set(callId, reviewerIds, user.getName());
    }
}
