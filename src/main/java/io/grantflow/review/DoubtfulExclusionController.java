package io.grantflow.review;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Managers list the names applicants excluded that only possibly name a panel reviewer, and answer each once. */
@RestController
class DoubtfulExclusionController {

    private final DoubtfulExclusionService doubtful;

    DoubtfulExclusionController(DoubtfulExclusionService doubtful) {
        this.doubtful = doubtful;
    }

    /** The answer to one doubtful match. */
    record AnswerForm(String answer) {
    }

    @GetMapping("/api/calls/{callId}/doubtful-exclusions")
    @Operation(summary = "Excluded names that only possibly name a reviewer of the call's panel, with both names and any answer (managers)")
    List<DoubtfulMatch> list(@PathVariable String callId) {
        return doubtful.ofCall(callId);
    }

    @PostMapping("/api/calls/{callId}/doubtful-exclusions/{matchId}")
    @Operation(summary = "Answers a doubtful match once: SAME_PERSON keeps the pair out of the assignment, DIFFERENT_PERSON lets it in (managers)")
    DoubtfulMatch answer(@PathVariable String callId, @PathVariable String matchId, @RequestBody AnswerForm form, Authentication user) {
        return doubtful.answer(callId, matchId, form.answer(), user.getName());
    }
}
