package io.grantflow.prize;

import io.grantflow.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The once-only link of the offer email; the token is the only credential, so no login is asked. */
@RestController
@RequestMapping("/api/prize/offers")
class OfferController {

    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    /** Required: an answer without "accept" is not taken as a refusal. */
    record Answer(Boolean accept) {
    }

    @GetMapping("/{token}")
    @Operation(summary = "What the offer link is about: the edition, the candidate, the deadline, any answer given")
    OfferService.OfferView view(@PathVariable String token) {
        return offers.view(token);
    }

    @PostMapping("/{token}")
    @Operation(summary = "Accept or decline the prize, once: {\"accept\": true}")
    ResponseEntity<Void> answer(@PathVariable String token, @RequestBody Answer answer) {
        if (answer.accept() == null) {
            throw new InvalidInputException("accept", "is required: true or false");
        }
        offers.answer(token, answer.accept());
        return ResponseEntity.noContent().build();
    }
}
