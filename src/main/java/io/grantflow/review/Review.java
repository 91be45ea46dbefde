package io.grantflow.review;

import java.time.Instant;
import java.util.Map;

/**
 * A submitted review: a score on each criterion of the call (by the criterion's id), a comment for the applicant
 * and one for the committee.
 */
public record Review(String assignmentId, String applicationId, Map<String, Integer> scores,
                     String commentForApplicant, String confidentialComment, Instant submittedAt) {

    public Review {
        scores = Map.copyOf(scores);
    }

    /** The score given on that criterion, or null where the review predates it. */
    public Integer score(String criterionId) {
        return scores.get(criterionId);
    }
}
