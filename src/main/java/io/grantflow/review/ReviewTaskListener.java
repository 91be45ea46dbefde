package io.grantflow.review;

import io.grantflow.problem.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creation, binds the task to its invitation (a variable of the task itself, which its reviewer cannot
 * change). On completion, reads the reviewer's form: a review is stored for that invitation (and its scores
 * leave the process variables), a decline or a declared conflict is recorded. Sets "outcome" for the gateway.
 * Invalid scores, or a task whose assignee is not the invited reviewer, refuse the completion, so Tasklist
 * shows the message and nothing is stored.
 */
@Component("reviewTaskListener")
class ReviewTaskListener implements TaskListener {

    private final ReviewService reviews;

    ReviewTaskListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    static final String INVITATION = "invitationId";

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(INVITATION, task.getVariable("assignmentId"));
            return;
        }
        String assignmentId = reviews.invitationOf(invitation(task), task.getAssignee());
        String response = String.valueOf(task.getVariable("response"));
        String outcome = switch (response) {
            case "accept" -> {
                reviews.submit(assignmentId, new ReviewService.Scores(
                        whole(task.getVariable("scoreQuality")), whole(task.getVariable("scoreFeasibility")),
                        whole(task.getVariable("scoreCollaboration")), text(task.getVariable("commentForApplicant")),
                        text(task.getVariable("confidentialComment"))));
                yield "reviewed";
            }
            case "conflict" -> {
                reviews.declareConflict(assignmentId, text(task.getVariable("conflictReason")));
                yield "conflict";
            }
            case "decline" -> "declined";
            default -> throw new InvalidInputException("response", "Choose whether you review, decline, or declare a conflict of interest");
        };
        task.setVariable("outcome", outcome);
    }

    /** Tasks created before invitations were bound to their task read the invitation of their branch. */
    private static String invitation(DelegateTask task) {
        Object bound = task.getVariableLocal(INVITATION);
        return String.valueOf(bound != null ? bound : task.getVariable("assignmentId"));
    }

    /** Tasklist sends numbers untyped: 4, 4L or 4.0 all mean 4; 4.5 is not a score. */
    static Integer whole(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        if (value instanceof String s && s.trim().matches("\\d{1,2}")) {
            return Integer.parseInt(s.trim());
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
