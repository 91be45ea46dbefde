package io.grantflow.review;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import io.grantflow.application.Application;
import io.grantflow.call.CallService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reviewers never offered an application, beyond the rules of {@link ConflictRules}: those who declared a
 * conflict with it or ended an invitation to it, and those who declared a conflict with the same applicant on
 * another application, in any call, within the conflict memory ({@code grantflow.review.conflict-memory}).
 */
@Component
class ExcludedReviewers {

    private final ReviewRepository reviews;
    private final Period memory;

    ExcludedReviewers(ReviewRepository reviews, @Value("${grantflow.review.conflict-memory:P3Y}") Period memory) {
        this.reviews = reviews;
        this.memory = memory;
    }

    Set<String> of(Application a) {
        Set<String> excluded = new HashSet<>(reviews.excludedReviewers(a.id()));
        Instant since = CallService.now().atOffset(ZoneOffset.UTC).minus(memory).toInstant();
        excluded.addAll(reviews.conflictedWithApplicant(a.applicantId(), since));
        return excluded;
    }
}
