package io.grantflow.review;

import java.time.Instant;

/** A submitted review: scores 1 to 5 on each criterion, a comment for the applicant and one for the committee. */
public record Review(String assignmentId, String applicationId, int quality, int feasibility, int collaboration,
                     String commentForApplicant, String confidentialComment, Instant submittedAt) {

    public double mean() {
        return (quality + feasibility + collaboration) / 3.0;
    }
}
