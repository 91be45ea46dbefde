package io.grantflow.decision;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.review.Review;
import io.grantflow.review.ReviewService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee's ranking of a call and its decisions, funded within the call's envelope. */
@Service
public class FundingDecisionService {

    private final ApplicationService applications;
    private final ReviewService reviews;
    private final CallService calls;
    private final DecisionRepository decisions;
    private final Clock clock;

    FundingDecisionService(ApplicationService applications, ReviewService reviews, CallService calls, DecisionRepository decisions, Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.reviews = reviews;
        this.calls = calls;
        this.decisions = decisions;
    }

    /** Reviewed applications by mean score, best first; the proposal funds them in that order while the envelope lasts. */
    public List<RankedApplication> rank(String callId) {
        Call call = calls.get(callId);
        record Scored(Application application, List<Review> reviews, double mean) {
        }
        List<Scored> scored = applications.ofCall(callId).stream()
                .filter(a -> a.status() == ApplicationStatus.REVIEWED || a.status() == ApplicationStatus.UNDER_REVIEW)
                .map(a -> {
                    List<Review> rs = reviews.reviewsOf(a.id());
                    return new Scored(a, rs, rs.stream().mapToDouble(Review::mean).average().orElse(0));
                })
                .sorted(Comparator.comparingDouble(Scored::mean).reversed().thenComparing(s -> s.application().submittedAt()))
                .toList();
        List<RankedApplication> ranking = new ArrayList<>();
        BigDecimal committed = BigDecimal.ZERO;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            BigDecimal budget = s.application().budgetEur();
            boolean fits = !s.reviews().isEmpty() && committed.add(budget).compareTo(call.envelopeEur()) <= 0;
            if (fits) {
                committed = committed.add(budget);
            }
            ranking.add(new RankedApplication(i + 1, s.application().id(), s.application().title(), budget, s.reviews().size(),
                    mean(s.reviews(), Review::quality), mean(s.reviews(), Review::feasibility),
                    mean(s.reviews(), Review::collaboration), round(s.mean()), fits));
        }
        return ranking;
    }

    /** Records the committee's choice: the funded applications must be of this ranking and fit in the envelope. */
    @Transactional
    public List<Decision> decide(String callId, List<String> fundedIds, String managerId) {
        Call call = calls.get(callId);
        List<RankedApplication> ranking = rank(callId);
        Set<String> funded = new HashSet<>(fundedIds);
        Set<String> ranked = new HashSet<>(ranking.stream().map(RankedApplication::applicationId).toList());
        if (!ranked.containsAll(funded)) {
            throw new InvalidInputException("fundedApplicationIds", "names an application that is not in this call's ranking");
        }
        BigDecimal total = ranking.stream().filter(r -> funded.contains(r.applicationId()))
                .map(RankedApplication::budgetEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(call.envelopeEur()) > 0) {
            throw new InvalidInputException("fundedApplicationIds", "the funded applications ask for " + total.toPlainString()
                    + " EUR, more than the envelope of " + call.envelopeEur().toPlainString() + " EUR");
        }
        List<Decision> result = new ArrayList<>();
        for (RankedApplication r : ranking) {
            boolean yes = funded.contains(r.applicationId());
            Decision d = new Decision(r.applicationId(), yes, yes ? r.budgetEur() : BigDecimal.ZERO, r.rank(), r.mean());
            decisions.insertDecision(callId, d, managerId, clock.instant());
            applications.updateStatus(r.applicationId(), yes ? ApplicationStatus.FUNDED : ApplicationStatus.NOT_FUNDED);
            result.add(d);
        }
        return result;
    }

    public Optional<Decision> decisionOf(String applicationId) {
        return decisions.find(applicationId);
    }

    private static double mean(List<Review> rs, ToIntFunction<Review> criterion) {
        return round(rs.stream().mapToInt(criterion).average().orElse(0));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
