package io.grantflow.review.assignment;

import java.util.Objects;

/** An application and a reviewer: the key of conflicts, bids, pins and assignments. */
public record Pair(String applicationId, String reviewerId) {

    public Pair {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(reviewerId, "reviewerId");
    }

    @Override
    public String toString() {
        return applicationId + "/" + reviewerId;
    }
}
