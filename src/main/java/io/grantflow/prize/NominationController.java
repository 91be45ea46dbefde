package io.grantflow.prize;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.grantflow.application.ProposalFile;
import io.grantflow.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
class NominationController {

    private final NominationService nominations;

    NominationController(NominationService nominations) {
        this.nominations = nominations;
    }

    record Receipt(String id, String candidateId) {
    }

    @PostMapping(path = "/calls/{callId}/nominations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nominate someone for a prize edition: JSON part 'nomination', PDF part 'cv', PDF parts 'letters' (at least two)")
    ResponseEntity<Receipt> nominate(@PathVariable String callId,
                                     @RequestPart("nomination") NominationForm form,
                                     @RequestPart("cv") MultipartFile cv,
                                     @RequestPart(name = "letters", required = false) List<MultipartFile> letters,
                                     Authentication user) {
        NominationService.Nominated result = nominations.nominate(callId, user.getName(), form, read("cv", cv),
                letters == null ? List.of() : letters.stream().map(l -> read("letters", l)).toList());
        // The candidate id is shown so that nominators of the same person can see they support one candidate.
        return ResponseEntity.created(URI.create("/api/calls/" + callId + "/nominations/" + result.nominationId()))
                .body(new Receipt(result.nominationId(), result.candidateId()));
    }

    private static ProposalFile read(String field, MultipartFile file) {
        try {
            return new ProposalFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new InvalidInputException(field, "could not be read");
        }
    }
}
