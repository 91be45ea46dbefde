package io.grantflow.migration;

/**
 * Why a plan cannot move the applications: an activity of the source version where applications wait and that the
 * target has no counterpart for, or that the engine refuses to carry over.
 *
 * @param waiting      the applications of the move that wait there
 * @param engineReason the engine's own words when it refuses a counterpart; none when the target simply lacks one
 * @param message      the problem in plain words
 */
public record PlanProblem(String activityId, String activityName, long waiting, String engineReason, String message) {
}
