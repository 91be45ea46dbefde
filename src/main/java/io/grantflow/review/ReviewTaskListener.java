package io.grantflow.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Reads the reviewer's form when the review task completes: a review is stored (and its scores leave
 * the process variables), a decline or a declared conflict is recorded. Sets "outcome" for the gateway.
 * Invalid scores refuse the completion, so Tasklist shows the message and nothing is stored.
 */
@Component("reviewTaskListener")
class ReviewTaskListener implements TaskListener {

    private final ReviewService reviews;

    ReviewTaskListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignmentId = (String) task.getVariable("assignmentId");
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
            default -> throw new IllegalArgumentException("Choose whether you review, decline, or declare a conflict of interest");
        };
        task.setVariable("outcome", outcome);
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
