package io.grantflow.reply;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.grantflow.application.ApplicantLetters;
import io.grantflow.application.Application;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.review.Review;
import io.grantflow.review.ReviewService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's right of reply: where a call sets replyDays above 0, the window opens when the review rounds end,
 * each applicant is told, reads the anonymised reviews and may send one reply within replyMaxChars before it closes.
 * A reply is sent once and never edited, so that what the committee reads is what the applicant sent by the deadline.
 */
@Service
public class ReplyService {

    static final String DAYS = "replyDays";
    static final String MAX_CHARS = "replyMaxChars";
    static final int DEFAULT_MAX_CHARS = 3000;

    /** One review as the applicant reads it: numbered, with the comment for the applicant and the scores, no reviewer. */
    public record AnonymousReview(int number, List<Score> scores, String comment) {
    }

    public record Score(String criterionEn, String criterionFr, Integer score) {
    }

    private final ReplyRepository replies;
    private final CallService calls;
    private final ReviewService reviews;
    private final ApplicantLetters letters;
    private final Clock clock;

    ReplyService(ReplyRepository replies, CallService calls, ReviewService reviews, ApplicantLetters letters, Clock clock) {
        this.replies = replies;
        this.calls = calls;
        this.reviews = reviews;
        this.letters = letters;
        this.clock = clock;
    }

    /** True where the call gives its applicants days to reply; calls made before the setting existed give none. */
    public boolean asked(String callId) {
        return days(calls.get(callId)) > 0;
    }

    /** Opens the call's window from now and tells each applicant by mail; returns when it closes. */
    @Transactional
    public Instant open(String callId, Collection<String> applicationIds) {
        Call call = calls.get(callId);
        Instant now = clock.instant();
        Instant closesAt = now.plus(Duration.ofDays(days(call)));
        replies.openWindow(callId, now, closesAt);
        for (String applicationId : applicationIds) {
            ApplicantLetters.Letter letter = letters.about(applicationId);
            letter.model().put("closesAt", closesAt.atZone(Call.FUNDER_ZONE));
            letter.model().put("maxChars", maxChars(call));
            letters.send("reply-open", letter);
        }
        return closesAt;
    }

    /** When the call's window closes, where it has opened. */
    public Optional<Instant> closesAt(String callId) {
        return replies.windowClosesAt(callId);
    }

    public boolean isOpen(String callId) {
        return closesAt(callId).map(c -> clock.instant().isBefore(c)).orElse(false);
    }

    public int maxChars(Call call) {
        return call.settings().integerOr(MAX_CHARS, DEFAULT_MAX_CHARS);
    }

    /** The submitted reviews of the application, numbered by when they came in: never a reviewer's id or name. */
    public List<AnonymousReview> anonymousReviews(Application application) {
        Call call = calls.get(application.callId());
        List<Review> submitted = new ArrayList<>(reviews.reviewsOf(application.id()));
        submitted.sort((a, b) -> a.submittedAt().compareTo(b.submittedAt()));
        List<AnonymousReview> shown = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            Review r = submitted.get(i);
            List<Score> scores = call.criteria().stream()
                    .map(c -> new Score(c.name().en(), c.name().fr(), r.score(c.id()))).toList();
            shown.add(new AnonymousReview(i + 1, scores, r.commentForApplicant()));
        }
        return shown;
    }

    public Optional<Reply> replyOf(String applicationId) {
        return replies.of(applicationId);
    }

    /** The applications of the call that have a reply, for the committee and the exports. */
    public Set<String> repliedApplications(String callId) {
        return new HashSet<>(replies.applicationsWithReply(callId));
    }

    /**
     * Stores the applicant's reply. Refused with a 400 when empty or too long, with a 409 once the window has closed,
     * before it opens, or when a reply was already sent.
     */
    @Transactional
    public Reply send(Application application, String text) {
        Call call = calls.get(application.callId());
        if (!isOpen(call.id())) {
            throw new ConflictException("reply", "The reply window of this call is not open.");
        }
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("reply", "The reply is empty.");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > maxChars(call)) {
            throw new InvalidInputException("reply", "The reply has " + length + " characters; the call allows " + maxChars(call) + ".");
        }
        Reply reply = new Reply(application.id(), call.id(), trimmed, clock.instant());
        if (!replies.insert(reply)) {
            throw new ConflictException("reply", "A reply to these reviews was already sent.");
        }
        return reply;
    }

    private static int days(Call call) {
        return call.settings().integerOr(DAYS, 0);
    }
}
