package io.grantflow.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.grantflow.application.ApplicationService;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A reviewer's answer to an invitation, and what others may read of the reviews. */
@Service
public class ReviewService {

    static final int COMMENT_MAX_CHARS = 5000;
    static final int CONFLICT_REASON_MAX_CHARS = 500;

    private final ReviewRepository reviews;
    private final ApplicationService applications;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ApplicationService applications, Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
        this.applications = applications;
    }

    /** What a reviewer submits: scores from 1 to 5 and two comments. */
    public record Scores(Integer quality, Integer feasibility, Integer collaboration, String commentForApplicant,
                         String confidentialComment) {
    }

    @Transactional
    public Review submit(String assignmentId, Scores s) {
        List<FieldProblem> problems = new ArrayList<>();
        score(problems, "scoreQuality", s.quality());
        score(problems, "scoreFeasibility", s.feasibility());
        score(problems, "scoreCollaboration", s.collaboration());
        if (s.commentForApplicant() == null || s.commentForApplicant().isBlank() || s.commentForApplicant().length() > COMMENT_MAX_CHARS) {
            problems.add(new FieldProblem("commentForApplicant", "is required, at most " + COMMENT_MAX_CHARS + " characters"));
        }
        if (s.confidentialComment() != null && s.confidentialComment().length() > COMMENT_MAX_CHARS) {
            problems.add(new FieldProblem("confidentialComment", "at most " + COMMENT_MAX_CHARS + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReviewAssignment assignment = reviews.find(assignmentId).orElseThrow();
        if (!reviews.close(assignmentId, AssignmentStatus.SUBMITTED, clock.instant())) {
            throw new ConflictException("task", "This invitation to review is not open any more");
        }
        Review review = new Review(assignmentId, assignment.applicationId(), s.quality(), s.feasibility(), s.collaboration(),
                s.commentForApplicant().trim(), s.confidentialComment() == null ? null : s.confidentialComment().trim(),
                clock.instant());
        reviews.insertReview(review);
        return review;
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

    /** The comments meant for the applicant, without any reviewer's identity. */
    public List<String> commentsForApplicant(String applicationId) {
        return reviews.reviewsOf(applicationId).stream().map(Review::commentForApplicant).toList();
    }

    /** Only reviewers currently assigned may read an application's documents. */
    public boolean isAssignedReviewer(String applicationId, String userId) {
        return reviews.isActiveReviewer(applicationId, userId);
    }

    private static void score(List<FieldProblem> problems, String field, Integer value) {
        if (value == null || value < 1 || value > 5) {
            problems.add(new FieldProblem(field, "must be a whole number from 1 to 5"));
        }
    }
}
