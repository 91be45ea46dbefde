package io.grantflow.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import io.grantflow.programme.Criterion;
import io.grantflow.review.Review;
import io.grantflow.review.ReviewService;
import io.grantflow.review.ReviewService.ReviewerReview;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion of an application's reviews, where its call has days of discussion: a reviewer who has submitted
 * reads the other submitted reviews and may revise his or her own until the window ends (that many days after the
 * last review is in); then a rapporteur writes the consensus report, which the committee reads and the applicant
 * receives with the decision. Before submitting, a reviewer reads nothing of the others.
 */
@Service
public class DiscussionService {

    static final String DAYS = "discussionDays";
    static final String NAMED = "discussionNamesReviewers";
    static final int REPORT_MAX_CHARS = 5000;

    private final DiscussionRepository discussions;
    private final ReviewService reviews;
    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final TaskService tasks;
    private final Clock clock;

    DiscussionService(DiscussionRepository discussions, ReviewService reviews, ApplicationService applications,
                      CallService calls, UserDirectory users, TaskService tasks, Clock clock) {
        this.discussions = discussions;
        this.reviews = reviews;
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** One submitted review as the discussion shows it: "Reviewer 2", the name only where the call says so. */
    public record Entry(int number, String reviewerName, boolean mine, Review review) {
    }

    /**
     * What a reviewer reads in the discussion: every submitted review of the application, his or her own among them;
     * until when it can be revised (null: until the window that starts when the last review is in).
     */
    public record Discussion(Application application, List<Criterion> criteria, Instant endsAt, boolean open,
                             List<Entry> reviews) {

        public Entry mine() {
            return reviews.stream().filter(Entry::mine).findFirst().orElseThrow();
        }
    }

    /** The consensus report, once written. */
    public record Consensus(String report, String writtenBy, Instant writtenAt) {
    }

    /** The discussion for that reviewer: empty if the call has none or he or she has submitted no review of it. */
    @Transactional(readOnly = true)
    public Optional<Discussion> forReviewer(String applicationId, String reviewerId) {
        List<ReviewerReview> submitted = reviews.submittedReviews(applicationId);
        if (submitted.stream().noneMatch(r -> r.reviewerId().equals(reviewerId))) {
            return Optional.empty();
        }
        Discussion discussion = discussion(applicationId, submitted, reviewerId);
        return hasDiscussion(calls.get(discussion.application().callId())) ? Optional.of(discussion) : Optional.empty();
    }

    /** Every submitted review of the application, as the rapporteur and the committee read them. */
    @Transactional(readOnly = true)
    public Discussion forRapporteur(String applicationId) {
        return discussion(applicationId, reviews.submittedReviews(applicationId), null);
    }

    private Discussion discussion(String applicationId, List<ReviewerReview> submitted, String reader) {
        Application application = applications.get(applicationId);
        Call call = calls.get(application.callId());
        boolean named = call.settings().flagOrNo(NAMED);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            ReviewerReview r = submitted.get(i);
            entries.add(new Entry(i + 1, named ? users.contact(r.reviewerId()).name() : null,
                    r.reviewerId().equals(reader), r.review()));
        }
        Instant endsAt = discussions.find(applicationId).map(DiscussionRepository.Row::endsAt).orElse(null);
        return new Discussion(application, call.criteria(), endsAt, isOpen(application, endsAt), entries);
    }

    /** The reviewer writes his or her review again while the discussion is open; 404 for anyone else, 409 once closed. */
    @Transactional
    public void revise(String applicationId, String reviewerId, ReviewService.Scores scores) {
        Discussion discussion = forReviewer(applicationId, reviewerId)
                .orElseThrow(() -> new NotFoundException("No discussion of application " + applicationId));
        if (!discussion.open()) {
            throw new ConflictException("review", "The discussion of this application has ended: reviews can no longer be revised");
        }
        reviews.revise(discussion.mine().review().assignmentId(), scores);
    }

    /** Every review of the round is in: the window starts now; null when the call has no discussion or nothing to discuss. */
    @Transactional
    public Instant openWindow(String applicationId) {
        Application application = applications.get(applicationId);
        int days = discussionDays(calls.get(application.callId()));
        if (days == 0 || reviews.submittedReviews(applicationId).isEmpty()) {
            return null;
        }
        Instant endsAt = clock.instant().plus(Duration.ofDays(days));
        discussions.setEndsAt(applicationId, endsAt);
        return endsAt;
    }

    /** The reviewers who may be rapporteur: those who submitted a review, in the order they accepted. */
    public List<String> rapporteurCandidates(String applicationId) {
        return reviews.submittedReviews(applicationId).stream()
                .sorted(Comparator.comparing(ReviewerReview::acceptedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(ReviewerReview::reviewerId).toList();
    }

    /** The rapporteur: a manager's choice, else the first reviewer who accepted; null for the programme managers. */
    public String rapporteurOf(String applicationId) {
        Optional<DiscussionRepository.Row> row = discussions.find(applicationId);
        if (row.isPresent() && row.get().rapporteurChosen()) {
            return row.get().rapporteurId();
        }
        return rapporteurCandidates(applicationId).stream().findFirst().orElse(null);
    }

    /** Whether a manager has chosen the rapporteur (rather than the default). */
    public boolean rapporteurChosen(String applicationId) {
        return discussions.find(applicationId).map(DiscussionRepository.Row::rapporteurChosen).orElse(false);
    }

    /**
     * A manager chooses the rapporteur: a reviewer who submitted a review of it, or nobody (blank) for the managers.
     * An open consensus task passes to the one chosen.
     */
    @Transactional
    public void chooseRapporteur(String applicationId, String choice) {
        applications.get(applicationId);
        String rapporteur = choice == null || choice.isBlank() ? null : choice.trim();
        if (rapporteur != null && !rapporteurCandidates(applicationId).contains(rapporteur)) {
            throw new InvalidInputException("rapporteur", "is not a reviewer who has submitted a review of this application");
        }
        if (consensusOf(applicationId).isPresent()) {
            throw new ConflictException("rapporteur", "The consensus report is already written");
        }
        discussions.chooseRapporteur(applicationId, rapporteur);
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(applicationId).taskDefinitionKey("Task_Consensus").list()) {
            tasks.setAssignee(task.getId(), rapporteur);
        }
    }

    /** The rapporteur's report, checked; a second one for the same application is refused. */
    @Transactional
    public void recordConsensus(String applicationId, String author, String report) {
        if (report == null || report.isBlank() || report.length() > REPORT_MAX_CHARS) {
            throw new InvalidInputException("consensusReport", "is required, at most " + REPORT_MAX_CHARS + " characters");
        }
        if (!discussions.writeReport(applicationId, report.strip(), author, clock.instant())) {
            throw new ConflictException("consensusReport", "The consensus report of this application is already written");
        }
    }

    public Optional<Consensus> consensusOf(String applicationId) {
        return discussions.find(applicationId).filter(row -> row.report() != null)
                .map(row -> new Consensus(row.report(), row.reportBy(), row.reportAt()));
    }

    /** When the discussion of the application ends, once every review is in. */
    public Optional<Instant> endsAt(String applicationId) {
        return discussions.find(applicationId).map(DiscussionRepository.Row::endsAt);
    }

    /** Whether the call holds a discussion after its reviews. */
    public boolean hasDiscussion(Call call) {
        return discussionDays(call) > 0;
    }

    private boolean isOpen(Application application, Instant endsAt) {
        return application.status() == ApplicationStatus.UNDER_REVIEW && (endsAt == null || clock.instant().isBefore(endsAt));
    }

    private static int discussionDays(Call call) {
        return call.settings().integerOr(DAYS, 0);
    }
}
