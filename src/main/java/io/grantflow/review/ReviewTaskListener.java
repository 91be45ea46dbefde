package io.grantflow.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.application.Application;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.programme.Criterion;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The reviewer's two tasks: the declaration (who applies; accept, decline or declare a conflict) and, once accepted,
 * the review. On creation, binds the task to its invitation (a variable of the task itself, which its reviewer cannot
 * change) and gives the form, in the reviewer's language (see {@link ReviewForm}), who applies, or the abstract, the
 * proposal and the call's criteria: the review task alone holds what opens on acceptance. On completion, reads the reviewer's form: a review is stored for that invitation (and its scores
 * leave the process variables), a decline or a declared conflict is recorded. Sets "outcome" for the gateway.
 * Invalid scores, or a task whose assignee is not the invited reviewer, refuse the completion, so Tasklist
 * shows the message and nothing is stored.
 */
@Component("reviewTaskListener")
class ReviewTaskListener implements TaskListener {

    private final ReviewService reviews;
    private final UserDirectory users;
    private final ObjectMapper json;

    ReviewTaskListener(ReviewService reviews, UserDirectory users, ObjectMapper json) {
        this.reviews = reviews;
        this.users = users;
        this.json = json;
    }

    static final String INVITATION = "invitationId";

    static final String DECLARATION = "Task_Declare";

    @Override
    public void notify(DelegateTask task) {
        boolean declaration = DECLARATION.equals(task.getTaskDefinitionKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String assignmentId = String.valueOf(task.getVariable("assignmentId"));
            task.setVariableLocal(INVITATION, assignmentId);
            Locale language = users.languageOf(String.valueOf(task.getVariable("reviewerId")));
            Application application = reviews.applicationOf(assignmentId);
            if (declaration) {
                task.setVariablesLocal(ReviewForm.declaration(application, users.contact(application.applicantId()).name(), language, json));
            } else {
                // the review task follows the acceptance; a task of a round begun before the declaration step opens so
                reviews.accept(assignmentId);
                task.setVariablesLocal(ReviewForm.variables(reviews.criteriaOf(assignmentId), language, json));
                task.setVariablesLocal(ReviewForm.application(application));
            }
            return;
        }
        String assignmentId = reviews.invitationOf(invitation(task), task.getAssignee());
        // the answer is the task's own (its input mapping makes it local to the task's scope): a "response" sent to
        // another task never counts for this one
        Object answer = task.getExecution().getVariableLocal("response");
        String response = answer == null && !declaration ? "accept" : String.valueOf(answer);
        String outcome = switch (response) {
            case "accept" -> {
                if (declaration) {
                    reviews.accept(assignmentId);
                    yield "accepted";
                }
                reviews.submit(assignmentId, new ReviewService.Scores(scores(task, reviews.criteriaOf(assignmentId)),
                        text(task.getVariable("commentForApplicant")), text(task.getVariable("confidentialComment"))));
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

    /** The form's score1, score2...; a task created before criteria were per call has scoreQuality and the like. */
    private static List<Integer> scores(DelegateTask task, List<Criterion> criteria) {
        boolean perCall = task.getVariableLocal(ReviewForm.COUNT) != null;
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            scores.add(whole(task.getVariable(perCall ? ReviewForm.scoreKey(i) : ReviewForm.legacyScoreKey(criteria.get(i)))));
        }
        return scores;
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
        if (value instanceof String s && s.trim().matches("\\d{1,3}")) {
            return Integer.parseInt(s.trim());
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
