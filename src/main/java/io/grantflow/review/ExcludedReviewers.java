package io.grantflow.review;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.grantflow.application.Application;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reviewers never offered an application, beyond the rules of {@link ConflictRules}: those who declared a
 * conflict with it or ended an invitation to it, and those who declared a conflict with the same applicant on
 * another application, in any call, within the conflict memory ({@code grantflow.review.conflict-memory}); and
 * those an excluded name only possibly names, until a manager says they are different people.
 */
@Component
class ExcludedReviewers {

    private final ReviewRepository reviews;
    private final DoubtfulMatches doubtful;
    private final Period memory;
    private final Clock clock;

    ExcludedReviewers(ReviewRepository reviews, DoubtfulMatches doubtful,
                      @Value("${grantflow.review.conflict-memory:P3Y}") Period memory, Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
        this.doubtful = doubtful;
        this.memory = memory;
    }

    /** For an application, given the panel's reviewers (id to name). */
    Set<String> of(Application a, Map<String, String> panelNames) {
        Set<String> excluded = new HashSet<>(reviews.excludedReviewers(a.id()));
        Instant since = clock.instant().atOffset(ZoneOffset.UTC).minus(memory).toInstant();
        excluded.addAll(reviews.conflictedWithApplicant(a.applicantId(), since));
        doubtful.of(a, panelNames).stream().filter(DoubtfulMatch::heldOut).forEach(m -> excluded.add(m.reviewerId()));
        return excluded;
    }
}
