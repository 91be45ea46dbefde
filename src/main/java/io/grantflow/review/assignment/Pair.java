package io.grantflow.review.assignment;

import java.util.Objects;

/** An application and a reviewer: the key of conflicts, bids, pins and assignments. */
public record Pair(String applicationId, String reviewerId) {

    public Pair {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(reviewerId, "reviewerId");
    }

    /**
     * Ids such as "A12"/"R7" have neighbouring string hashes, which the record's default
     * 31 × a + b turns into masses of collisions in a set of a few million conflicts; mix instead.
     */
    @Override
    public int hashCode() {
        int h = applicationId.hashCode() * 0x9E3779B1 + reviewerId.hashCode();
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pair pair && applicationId.equals(pair.applicationId)
                && reviewerId.equals(pair.reviewerId);
    }

    @Override
    public String toString() {
        return applicationId + "/" + reviewerId;
    }
}
