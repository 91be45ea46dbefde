package io.grantflow.prize;

import io.grantflow.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A candidate's CV for programme managers and the edition's jurors who have not declared a conflict with the candidate
 * (to anyone else the candidate does not exist); letters are not served, as they name the nominators.
 */
@RestController
@RequestMapping("/api/prize/candidates")
class CandidateController {

    private final CandidateRepository candidates;
    private final PrizeEditions editions;
    private final JuryService jury;

    CandidateController(CandidateRepository candidates, PrizeEditions editions, JuryService jury) {
        this.candidates = candidates;
        this.editions = editions;
        this.jury = jury;
    }

    @GetMapping("/{candidateId}/cv")
    @Operation(summary = "The candidate's CV (PDF), for programme managers and the edition's jurors not conflicted with the candidate")
    ResponseEntity<byte[]> cv(@PathVariable String candidateId, Authentication user) {
        Candidate candidate = candidates.find(candidateId).orElseThrow(() -> new NotFoundException("No candidate " + candidateId));
        boolean manager = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER"));
        if (!manager && !jury.mayReadDocuments(editions.get(candidate.callId()), candidateId, user.getName())) {
            throw new NotFoundException("No candidate " + candidateId);
        }
        CandidateRepository.Document cv = candidates.cvsOf(candidateId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No CV for candidate " + candidateId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(cv.fileName()).build().toString())
                .body(cv.content());
    }
}
