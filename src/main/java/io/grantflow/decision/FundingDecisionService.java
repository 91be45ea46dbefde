package io.grantflow.decision;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.review.Review;
import io.grantflow.review.ReviewService;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;
    private final UserDirectory users;

    FundingDecisionService(ApplicationService applications, ReviewService reviews, CallService calls, DecisionRepository decisions, Clock clock,
                           MessageSource messages, UserDirectory users) {
        this.clock = clock;
        this.messages = messages;
        this.users = users;
        this.applications = applications;
        this.reviews = reviews;
        this.calls = calls;
        this.decisions = decisions;
    }

    /**
     * Reviewed applications by the weighted mean of their criteria, best first; the proposal funds the fundable ones
     * in that order while the envelope lasts.
     */
    public List<RankedApplication> rank(String callId) {
        Call call = calls.get(callId);
        List<WeightedScores> scored = applications.ofCall(callId).stream()
                .filter(a -> a.status() == ApplicationStatus.REVIEWED || a.status() == ApplicationStatus.UNDER_REVIEW)
                .map(a -> WeightedScores.of(a, reviews.reviewsOf(a.id()), call.criteria()))
                .sorted(Comparator.comparingDouble(WeightedScores::mean).reversed()
                        .thenComparing(s -> s.application().submittedAt()))
                .toList();
        List<RankedApplication> ranking = new ArrayList<>();
        BigDecimal committed = BigDecimal.ZERO;
        for (int i = 0; i < scored.size(); i++) {
            WeightedScores s = scored.get(i);
            BigDecimal budget = s.application().budgetEur();
            List<CriterionMean> means = s.criterionMeans().stream().map(m -> new CriterionMean(m.id(), m.name(),
                    m.weight(), m.threshold(), round(m.mean()), m.belowThreshold())).toList();
            boolean fundable = s.reviews() > 0 && means.stream().noneMatch(CriterionMean::belowThreshold);
            boolean fits = fundable && committed.add(budget).compareTo(call.envelopeEur()) <= 0;
            if (fits) {
                committed = committed.add(budget);
            }
            ranking.add(new RankedApplication(i + 1, s.application().id(), s.application().title(), budget, s.reviews(),
                    means, round(s.mean()), fundable, fits));
        }
        return ranking;
    }

    /**
     * The ranking's weighted means corrected for each reviewer's leniency, estimated from the reviewers that the
     * ranked applications share (see {@link ReviewerCalibration}); the ranking itself stays on the raw means.
     */
    public ScoreCalibration calibration(String callId) {
        Call call = calls.get(callId);
        Map<String, String> reviewerOf = reviews.reviewerOfEachAssignment(callId);
        List<ReviewerCalibration.Score> scores = new ArrayList<>();
        for (RankedApplication r : rank(callId)) {
            for (Review review : reviews.reviewsOf(r.applicationId())) {
                WeightedScores.ofReview(review, call.criteria()).ifPresent(score -> scores.add(new ReviewerCalibration.Score(
                        reviewerOf.getOrDefault(review.assignmentId(), review.assignmentId()), r.applicationId(), score)));
            }
        }
        return ScoreCalibration.of(ReviewerCalibration.estimate(scores));
    }

    /**
     * Records the committee's choice: the funded applications must be of this ranking and fit in the envelope. A
     * choice refused is told in the manager's language, as Tasklist shows it beside the form.
     */
    @Transactional
    public List<Decision> decide(String callId, List<String> fundedIds, String managerId) {
        Call call = calls.get(callId);
        Locale language = users.languageOf(managerId);
        List<RankedApplication> ranking = rank(callId);
        Set<String> funded = new HashSet<>(fundedIds);
        Set<String> ranked = new HashSet<>(ranking.stream().map(RankedApplication::applicationId).toList());
        if (!ranked.containsAll(funded)) {
            throw new InvalidInputException("fundedApplicationIds", text("committee.refused.notInRanking", language));
        }
        for (RankedApplication r : ranking) {
            if (funded.contains(r.applicationId()) && !r.fundable()) {
                throw new InvalidInputException("fundedApplicationIds", notFundable(r, language));
            }
        }
        BigDecimal total = ranking.stream().filter(r -> funded.contains(r.applicationId()))
                .map(RankedApplication::budgetEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(call.envelopeEur()) > 0) {
            throw new InvalidInputException("fundedApplicationIds", text("committee.refused.overEnvelope", language,
                    total.toPlainString(), call.envelopeEur().toPlainString()));
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

    /** "Reef maps" cannot be funded: its mean on Feasibility, 2.5, is below the threshold of 3. */
    private String notFundable(RankedApplication r, Locale language) {
        if (r.reviews() == 0) {
            return text("committee.refused.noReview", language, r.title());
        }
        return text("committee.refused.notFundable", language, r.title(), r.belowThreshold().stream()
                .map(m -> text("committee.refused.belowThreshold", language, m.name().in(language), plain(m.mean()), plain(m.threshold())))
                .collect(Collectors.joining("; ")));
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }

    /** 2.5, 3, 0.5: a figure as the committee reads it. */
    static String plain(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
