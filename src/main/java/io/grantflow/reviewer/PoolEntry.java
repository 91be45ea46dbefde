package io.grantflow.reviewer;

import java.util.List;

import io.grantflow.review.ReviewerProfile;

/** A member of the reviewers group as the pool lists it: the account, and the profile if he or she has one. */
public record PoolEntry(String userId, String name, String email, String language, ReviewerProfile profile) {

    /** Without a profile the assignment never chooses him or her. */
    public boolean hasProfile() {
        return profile != null;
    }

    public List<String> expertise() {
        return profile == null ? List.of() : profile.expertise();
    }
}
