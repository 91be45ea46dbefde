package io.grantflow.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.call.CallService;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.programme.Criterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A reviewer's answer to an invitation, and what others may read of the reviews. */
@Service
public class ReviewService {

    static final int COMMENT_MAX_CHARS = 5000;
    static final int CONFLICT_REASON_MAX_CHARS = 500;

    private final ReviewRepository reviews;
    private final ApplicationService applications;
    private final CallService calls;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ApplicationService applications, CallService calls, Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
        this.applications = applications;
        this.calls = calls;
    }

    /**
     * What a reviewer submits: a score for each criterion of the call, by its position in the call's criteria (the
     * form's score1, score2...), null where none or no whole number was given, and two comments.
     */
    public record Scores(List<Integer> byPosition, String commentForApplicant, String confidentialComment) {
    }

    /** The criteria the reviewers of this invitation score: those of its call. */
    public List<Criterion> criteriaOf(String assignmentId) {
        ReviewAssignment assignment = reviews.find(assignmentId).orElseThrow();
        return calls.get(assignment.callId()).criteria();
    }

    @Transactional
    public Review submit(String assignmentId, Scores s) {
        Map<String, Integer> scores = checked(assignmentId, s);
        ReviewAssignment assignment = reviews.find(assignmentId).orElseThrow();
        if (!reviews.close(assignmentId, AssignmentStatus.SUBMITTED, clock.instant())) {
            throw new ConflictException("task", "This invitation to review is not open any more");
        }
        Review review = new Review(assignmentId, assignment.applicationId(), scores,
                s.commentForApplicant().trim(), trimmed(s.confidentialComment()), clock.instant());
        reviews.insertReview(review);
        return review;
    }

    /**
     * A submitted review written again by its reviewer (during the discussion of the reviews): the same checks as
     * at submission; the review keeps its place and its date of submission, and notes when it was revised.
     */
    @Transactional
    public void revise(String assignmentId, Scores s) {
        Map<String, Integer> scores = checked(assignmentId, s);
        if (!reviews.updateReview(assignmentId, scores, s.commentForApplicant().trim(), trimmed(s.confidentialComment()),
                clock.instant())) {
            throw new ConflictException("review", "This review has not been submitted");
        }
    }

    /** The submitted reviews of an application with who wrote them, in the order they were submitted. */
    public List<ReviewerReview> submittedReviews(String applicationId) {
        Map<String, ReviewAssignment> byId = reviews.ofApplication(applicationId).stream()
                .collect(Collectors.toMap(ReviewAssignment::id, a -> a));
        return reviews.reviewsOf(applicationId).stream()
                .map(r -> new ReviewerReview(byId.get(r.assignmentId()).reviewerId(), reviews.acceptedAt(r.assignmentId()), r))
                .toList();
    }

    /** The applications this reviewer has submitted a review of, the latest first. */
    public List<String> applicationsReviewedBy(String reviewerId) {
        return reviews.submittedBy(reviewerId);
    }

    /** A submitted review and its reviewer, who accepted the invitation at that instant (null if never noted). */
    public record ReviewerReview(String reviewerId, java.time.Instant acceptedAt, Review review) {
    }

    private Map<String, Integer> checked(String assignmentId, Scores s) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Criterion> criteria = criteriaOf(assignmentId);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            Integer score = i < s.byPosition().size() ? s.byPosition().get(i) : null;
            if (score == null || !c.levels().containsKey(score)) {
                problems.add(new FieldProblem(ReviewForm.scoreKey(i), c.name().en() + ": choose one of "
                        + c.scores().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
            scores.put(c.id(), score);
        }
        if (s.commentForApplicant() == null || s.commentForApplicant().isBlank() || s.commentForApplicant().length() > COMMENT_MAX_CHARS) {
            problems.add(new FieldProblem("commentForApplicant", "is required, at most " + COMMENT_MAX_CHARS + " characters"));
        }
        if (s.confidentialComment() != null && s.confidentialComment().length() > COMMENT_MAX_CHARS) {
            problems.add(new FieldProblem("confidentialComment", "at most " + COMMENT_MAX_CHARS + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return scores;
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    /**
     * The invitation a review task is bound to, checked against the task's assignee: a review counts only for
     * the reviewer who was invited to write it.
     */
    public String invitationOf(String assignmentId, String assignee) {
        ReviewAssignment assignment = reviews.find(assignmentId)
                .orElseThrow(() -> new ConflictException("task", "This invitation to review does not exist any more"));
        if (!assignment.reviewerId().equals(assignee)) {
            throw new ConflictException("assignee", "This review belongs to the reviewer who was invited to write it");
        }
        return assignmentId;
    }

    /**
     * Records a declared conflict so that this reviewer is never offered the application again, nor, for a while
     * (see {@link ExcludedReviewers}), any other application of the same applicant.
     */
    @Transactional
    public void declareConflict(String assignmentId, String reason) {
        if (reason != null && reason.trim().length() > CONFLICT_REASON_MAX_CHARS) {
            throw new InvalidInputException("conflictReason", "at most " + CONFLICT_REASON_MAX_CHARS + " characters");
        }
        ReviewAssignment a = reviews.find(assignmentId).orElseThrow();
        reviews.insertConflict(a.reviewerId(), a.applicationId(), applications.get(a.applicationId()).applicantId(),
                reason == null || reason.isBlank() ? "declared by the reviewer" : reason.trim(), clock.instant());
    }

    public List<Review> reviewsOf(String applicationId) {
        return reviews.reviewsOf(applicationId);
    }

    /** Who wrote each review of the call, by the review's assignment: for the committee's calibration, never shown. */
    public Map<String, String> reviewerOfEachAssignment(String callId) {
        return reviews.ofCall(callId).stream().collect(Collectors.toMap(ReviewAssignment::id, ReviewAssignment::reviewerId));
    }

    /** The comments meant for the applicant, without any reviewer's identity. */
    public List<String> commentsForApplicant(String applicationId) {
        return reviews.reviewsOf(applicationId).stream().map(Review::commentForApplicant).toList();
    }

    /**
     * Only a reviewer currently assigned who has declared no conflict and accepted may read an application's abstract
     * and documents: before that, the reviewer sees who applies and nothing more.
     */
    public boolean mayReadApplication(String applicationId, String userId) {
        return reviews.hasAccepted(applicationId, userId);
    }

    /** The reviewer declared no conflict and accepted: the abstract and the proposal open to him or her. */
    @Transactional
    public void accept(String assignmentId) {
        reviews.markAccepted(assignmentId, clock.instant());
    }

    /** The application an invitation is for. */
    public Application applicationOf(String assignmentId) {
        return applications.get(reviews.find(assignmentId).orElseThrow().applicationId());
    }
}
