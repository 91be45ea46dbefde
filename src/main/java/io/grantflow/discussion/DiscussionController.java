package io.grantflow.discussion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.grantflow.problem.NotFoundException;
import io.grantflow.programme.Criterion;
import io.grantflow.review.ReviewService;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The discussion through the API, for a reviewer who has submitted: 404 for anyone else, as if it did not exist. */
@RestController
class DiscussionController {

    private final DiscussionService discussions;

    DiscussionController(DiscussionService discussions) {
        this.discussions = discussions;
    }

    /** One review: "Reviewer 2", the name only where the call says so; scores by criterion id. */
    record ReviewView(int number, String reviewerName, boolean mine, Map<String, Integer> scores,
                      String commentForApplicant, String commentForCommittee) {
    }

    record DiscussionView(String applicationId, String title, Instant endsAt, boolean open, List<ReviewView> reviews) {
    }

    /** A revision: a score for each criterion of the call by its id, and the two comments. */
    record Revision(Map<String, Integer> scores, String commentForApplicant, String commentForCommittee) {
    }

    @GetMapping("/api/reviews/{applicationId}/discussion")
    @Operation(summary = "The submitted reviews of an application, for a reviewer who has submitted his or hers (reviewers)")
    DiscussionView discussion(@PathVariable String applicationId, Authentication user) {
        DiscussionService.Discussion d = discussionOf(applicationId, user);
        return new DiscussionView(applicationId, d.application().title(), d.endsAt(), d.open(), d.reviews().stream()
                .map(e -> new ReviewView(e.number(), e.reviewerName(), e.mine(), e.review().scores(),
                        e.review().commentForApplicant(), e.review().confidentialComment()))
                .toList());
    }

    @PutMapping("/api/reviews/{applicationId}/discussion/review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revise one's own review while the discussion is open (409 once it has ended)")
    void revise(@PathVariable String applicationId, @RequestBody Revision revision, Authentication user) {
        DiscussionService.Discussion d = discussionOf(applicationId, user);
        List<Integer> scores = new ArrayList<>();
        for (Criterion c : d.criteria()) {
            scores.add(revision.scores() == null ? null : revision.scores().get(c.id()));
        }
        discussions.revise(applicationId, user.getName(),
                new ReviewService.Scores(scores, revision.commentForApplicant(), revision.commentForCommittee()));
    }

    private DiscussionService.Discussion discussionOf(String applicationId, Authentication user) {
        return discussions.forReviewer(applicationId, user.getName())
                .orElseThrow(() -> new NotFoundException("No discussion of application " + applicationId));
    }
}
