package io.grantflow.migration;

/**
 * Why a plan cannot move the applications, about one activity.
 *
 * @param kind    what is wrong
 * @param waiting the applications of the move that wait at the activity
 * @param detail  the engine's own words for {@link Kind#ENGINE_REFUSAL}, the form's id for {@link Kind#FORM_NOT_DEPLOYED}
 * @param message the problem in plain words
 */
public record PlanProblem(Kind kind, String activityId, String activityName, long waiting, String detail, String message) {

    public enum Kind {
        /** Applications wait at an activity of the source that the target has no counterpart for. */
        NO_COUNTERPART,
        /** The engine refuses to carry the activity over, as its words say. */
        ENGINE_REFUSAL,
        /** A task of the target reads its form from the target's deployment, which does not hold it. */
        FORM_NOT_DEPLOYED
    }
}
