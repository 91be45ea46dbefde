package io.grantflow.review;

import java.time.Instant;

/** One reviewer invited to review one application, with the affinity that put them there and why. */
public record ReviewAssignment(String id, String callId, String applicationId, String reviewerId, AssignmentStatus status,
                               double affinity, String explanation, String replaces, Instant assignedAt) {
}
