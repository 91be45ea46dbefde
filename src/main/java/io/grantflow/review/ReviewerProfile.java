package io.grantflow.review;

import java.util.List;

/** A reviewer's expertise and affiliation, used to assign reviewers and to detect conflicts. */
public record ReviewerProfile(String userId, String institution, String country, List<String> expertise, String profile, int maxLoad) {
}
