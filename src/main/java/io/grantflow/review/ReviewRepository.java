package io.grantflow.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ReviewAssignment a) {
        jdbc.sql("""
                INSERT INTO review_assignment (id, call_id, application_id, reviewer_id, status, affinity, explanation, replaces, assigned_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.callId(), a.applicationId(), a.reviewerId(), a.status().name(), a.affinity(), a.explanation(),
                        a.replaces(), utc(a.assignedAt()))
                .update();
    }

    /** Closes an invitation; false if it was not open any more (a second completion, a race with the deadline). */
    boolean close(String assignmentId, AssignmentStatus status, Instant at) {
        return jdbc.sql("UPDATE review_assignment SET status = ?, closed_at = ? WHERE id = ? AND status = 'INVITED'")
                .params(status.name(), utc(at), assignmentId)
                .update() == 1;
    }

    /**
     * Notes a manager's reminder of an open invitation; false, and nothing noted, when it is not open any more or a
     * reminder was noted after {@code notBefore} (a second click, a race of two managers).
     */
    boolean markReminded(String assignmentId, Instant at, Instant notBefore) {
        return jdbc.sql("UPDATE review_assignment SET reminded_at = ? WHERE id = ? AND status = 'INVITED'"
                        + " AND (reminded_at IS NULL OR reminded_at < ?)")
                .params(utc(at), assignmentId, utc(notBefore))
                .update() == 1;
    }

    /**
     * Whether the invitation is open, its row locked until the transaction ends: two managers replacing the same
     * reviewer at once take turns, and the second finds it ended.
     */
    boolean lockIfOpen(String assignmentId) {
        return jdbc.sql("SELECT status FROM review_assignment WHERE id = ? FOR UPDATE").param(assignmentId)
                .query(String.class).optional().map(AssignmentStatus.INVITED.name()::equals).orElse(false);
    }

    /** When a manager last reminded the reviewer of each invitation of the call that was ever reminded. */
    Map<String, Instant> remindedAt(String callId) {
        Map<String, Instant> reminded = new HashMap<>();
        jdbc.sql("SELECT id, reminded_at FROM review_assignment WHERE call_id = ? AND reminded_at IS NOT NULL")
                .param(callId)
                .query(rs -> {
                    reminded.put(rs.getString("id"), rs.getObject("reminded_at", OffsetDateTime.class).toInstant());
                });
        return reminded;
    }

    Optional<ReviewAssignment> find(String id) {
        return jdbc.sql("SELECT * FROM review_assignment WHERE id = ?").param(id).query(this::map).optional();
    }

    List<ReviewAssignment> ofApplication(String applicationId) {
        return jdbc.sql("SELECT * FROM review_assignment WHERE application_id = ? ORDER BY assigned_at, id")
                .param(applicationId).query(this::map).list();
    }

    List<ReviewAssignment> ofCall(String callId) {
        return jdbc.sql("SELECT * FROM review_assignment WHERE call_id = ? ORDER BY application_id, assigned_at, id")
                .param(callId).query(this::map).list();
    }

    /** An invited reviewer who has accepted, or submitted. */
    boolean hasAccepted(String applicationId, String reviewerId) {
        return jdbc.sql("SELECT COUNT(*) FROM review_assignment WHERE application_id = ? AND reviewer_id = ?"
                        + " AND (status = 'SUBMITTED' OR (status = 'INVITED' AND accepted_at IS NOT NULL))")
                .params(applicationId, reviewerId).query(Long.class).single() > 0;
    }

    boolean markAccepted(String assignmentId, Instant at) {
        return jdbc.sql("UPDATE review_assignment SET accepted_at = ? WHERE id = ? AND status = 'INVITED' AND accepted_at IS NULL")
                .params(utc(at), assignmentId).update() == 1;
    }

    /** The invitations of the call that were accepted, by id. */
    Set<String> acceptedOf(String callId) {
        return new HashSet<>(jdbc.sql("SELECT id FROM review_assignment WHERE call_id = ? AND accepted_at IS NOT NULL")
                .param(callId).query(String.class).list());
    }

    void insertReview(Review r) {
        jdbc.sql("""
                INSERT INTO review (assignment_id, application_id, comment_for_applicant, confidential_comment, submitted_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(r.assignmentId(), r.applicationId(), r.commentForApplicant(), r.confidentialComment(),
                        utc(r.submittedAt()))
                .update();
        r.scores().forEach((criterion, score) -> jdbc.sql(
                        "INSERT INTO review_score (assignment_id, criterion_id, score) VALUES (?, ?, ?)")
                .params(r.assignmentId(), criterion, score)
                .update());
    }

    /** Writes a submitted review again; false if there is none for that invitation. */
    boolean updateReview(String assignmentId, Map<String, Integer> scores, String commentForApplicant,
                         String confidentialComment, Instant at) {
        int updated = jdbc.sql("UPDATE review SET comment_for_applicant = ?, confidential_comment = ?, revised_at = ? WHERE assignment_id = ?")
                .params(commentForApplicant, confidentialComment, utc(at), assignmentId).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM review_score WHERE assignment_id = ?").param(assignmentId).update();
        scores.forEach((criterion, score) -> jdbc.sql(
                        "INSERT INTO review_score (assignment_id, criterion_id, score) VALUES (?, ?, ?)")
                .params(assignmentId, criterion, score)
                .update());
        return true;
    }

    List<String> submittedBy(String reviewerId) {
        return jdbc.sql("SELECT application_id FROM review_assignment WHERE reviewer_id = ? AND status = 'SUBMITTED' ORDER BY closed_at DESC, id")
                .param(reviewerId).query(String.class).list();
    }

    Instant acceptedAt(String assignmentId) {
        return jdbc.sql("SELECT accepted_at FROM review_assignment WHERE id = ?").param(assignmentId)
                .query((rs, n) -> rs.getObject("accepted_at", OffsetDateTime.class)).optional()
                .map(OffsetDateTime::toInstant).orElse(null);
    }

    List<Review> reviewsOf(String applicationId) {
        Map<String, Map<String, Integer>> scores = new HashMap<>();
        jdbc.sql("""
                SELECT s.assignment_id, s.criterion_id, s.score FROM review_score s
                JOIN review r ON r.assignment_id = s.assignment_id WHERE r.application_id = ?""")
                .param(applicationId)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getString("assignment_id"), k -> new HashMap<>())
                            .put(rs.getString("criterion_id"), rs.getInt("score"));
                });
        return jdbc.sql("SELECT * FROM review WHERE application_id = ? ORDER BY submitted_at, assignment_id")
                .param(applicationId)
                .query((rs, n) -> new Review(rs.getString("assignment_id"), rs.getString("application_id"),
                        scores.getOrDefault(rs.getString("assignment_id"), Map.of()),
                        rs.getString("comment_for_applicant"), rs.getString("confidential_comment"),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    void insertConflict(String reviewerId, String applicationId, String applicantId, String reason, Instant at) {
        jdbc.sql("DELETE FROM reviewer_conflict WHERE reviewer_id = ? AND application_id = ?").params(reviewerId, applicationId).update();
        jdbc.sql("INSERT INTO reviewer_conflict (reviewer_id, application_id, applicant_id, reason, declared_at) VALUES (?, ?, ?, ?, ?)")
                .params(reviewerId, applicationId, applicantId, reason, utc(at))
                .update();
    }

    /** Reviewers who declared a conflict with this applicant, on any application, since that instant. */
    Set<String> conflictedWithApplicant(String applicantId, Instant since) {
        return Set.copyOf(jdbc.sql("SELECT reviewer_id FROM reviewer_conflict WHERE applicant_id = ? AND declared_at >= ?")
                .params(applicantId, utc(since)).query(String.class).list());
    }

    /** Declared conflicts and earlier invitations that ended without a review: never offered again. */
    Set<String> excludedReviewers(String applicationId) {
        List<String> declared = jdbc.sql("SELECT reviewer_id FROM reviewer_conflict WHERE application_id = ?")
                .param(applicationId).query(String.class).list();
        List<String> closed = jdbc.sql("SELECT reviewer_id FROM review_assignment WHERE application_id = ? AND status IN ('DECLINED', 'CONFLICT', 'LATE', 'REPLACED')")
                .param(applicationId).query(String.class).list();
        return Stream.concat(declared.stream(), closed.stream()).collect(Collectors.toSet());
    }

    private ReviewAssignment map(ResultSet rs, int row) throws SQLException {
        return new ReviewAssignment(rs.getString("id"), rs.getString("call_id"), rs.getString("application_id"),
                rs.getString("reviewer_id"), AssignmentStatus.valueOf(rs.getString("status")), rs.getDouble("affinity"),
                rs.getString("explanation"), rs.getString("replaces"),
                rs.getObject("assigned_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
