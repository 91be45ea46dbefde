package io.grantflow.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.audit.ManagerChange;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.CallStatus;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import io.grantflow.review.assignment.Pair;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before a call's reviewers are assigned, panel reviewers bid on its eligible applications and a
 * programme manager pins pairs. Both are read by the assigner; after the assignment they are closed.
 */
@Service
public class AssignmentPreferenceService {

    /** What a panel reviewer sees to bid on: no applicant name, nothing he or she is conflicted with. */
    public record BiddingItem(String applicationId, String title, String abstractText, List<String> keywords, Double bid) {
    }

    public record Pin(String applicationId, String reviewerId) {
    }

    private final AssignmentPreferences preferences;
    private final ReviewerAssignmentService assignments;
    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentPreferenceService(AssignmentPreferences preferences, ReviewerAssignmentService assignments,
                                ApplicationService applications, CallService calls, UserDirectory users,
                                ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.preferences = preferences;
        this.assignments = assignments;
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.events = events;
    }

    public List<BiddingItem> bidding(String callId, String reviewerId) {
        ReviewerProfile reviewer = panelMember(callId, reviewerId);
        Map<String, Double> bids = preferences.bidsOf(callId, reviewerId);
        String name = users.contact(reviewerId).name();
        return eligible(callId).stream()
                .filter(a -> ConflictRules.conflict(a, reviewer, name) == null)
                .map(a -> new BiddingItem(a.id(), a.title(), a.abstractText(), a.keywords(), bids.get(a.id())))
                .toList();
    }

    /** A bid from -1 (rather not) to +1 (eager) on one application of the call. */
    @Transactional
    public void bid(String callId, String reviewerId, String applicationId, BigDecimal bid) {
        if (bid == null || bid.compareTo(BigDecimal.ONE.negate()) < 0 || bid.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("bid", "must be a number from -1 (rather not) to 1 (eager)");
        }
        ReviewerProfile reviewer = panelMember(callId, reviewerId);
        requireNotAssigned(callId);
        Application application = eligible(callId).stream().filter(a -> a.id().equals(applicationId)).findFirst()
                .filter(a -> ConflictRules.conflict(a, reviewer, users.contact(reviewerId).name()) == null)
                .orElseThrow(() -> new NotFoundException("No application " + applicationId + " to bid on in this call"));
        preferences.bid(callId, application.id(), reviewerId, bid);
    }

    /** Several bids at once, each as {@link #bid}: all are saved, or none when one is refused. */
    @Transactional
    public void bidAll(String callId, String reviewerId, Map<String, BigDecimal> bids) {
        bids.forEach((applicationId, bid) -> bid(callId, reviewerId, applicationId, bid));
    }

    /** Whether the call still takes bids: its reviewers are not assigned yet. */
    public boolean takesBids(String callId) {
        return assignments.assignmentsOfCall(callId).isEmpty();
    }

    /** The opened calls whose panel counts the reviewer and which still take bids, the soonest closing first. */
    public List<Call> callsTakingBids(String reviewerId) {
        return calls.list(null).stream()
                .filter(c -> calls.statusOf(c) != CallStatus.UPCOMING)
                .filter(c -> assignments.panel(c.id()).stream().anyMatch(r -> r.userId().equals(reviewerId)))
                .filter(c -> takesBids(c.id()))
                .sorted(Comparator.comparing(Call::closesAt).thenComparing(Call::title))
                .toList();
    }

    /**
     * Replaces the call's pins: each pair must be an eligible application of the call and a panel reviewer. The audit
     * trail keeps each pin added and each pin removed.
     */
    @Transactional
    public void pin(String callId, List<Pin> pins, String managerId) {
        calls.get(callId);
        List<String> eligible = eligible(callId).stream().map(Application::id).toList();
        List<String> panel = assignments.panel(callId).stream().map(ReviewerProfile::userId).toList();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < pins.size(); i++) {
            Pin pin = pins.get(i);
            if (pin == null || !eligible.contains(pin.applicationId())) {
                problems.add(new FieldProblem("pins[" + i + "].applicationId", "is not an eligible application of this call"));
            }
            if (pin == null || !panel.contains(pin.reviewerId())) {
                problems.add(new FieldProblem("pins[" + i + "].reviewerId", "is not a reviewer of this call's panel"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireNotAssigned(callId);
        Set<Pair> before = preferences.pins(callId);
        Set<Pair> after = pins.stream().map(p -> new Pair(p.applicationId(), p.reviewerId())).collect(Collectors.toSet());
        preferences.replacePins(callId, List.copyOf(after));
        recordPinChanges(callId, before, after, managerId);
    }

    private void recordPinChanges(String callId, Set<Pair> before, Set<Pair> after, String managerId) {
        Map<String, String> titles = applications.ofCall(callId).stream().collect(Collectors.toMap(Application::id, Application::title));
        Set<Pair> removed = new HashSet<>(before);
        removed.removeAll(after);
        Set<Pair> added = new HashSet<>(after);
        added.removeAll(before);
        removed.stream().map(p -> pinText(p, titles)).sorted()
                .forEach(pin -> events.publishEvent(new ManagerChange(callId, managerId, "unpin", pin, "", clock.instant())));
        added.stream().map(p -> pinText(p, titles)).sorted()
                .forEach(pin -> events.publishEvent(new ManagerChange(callId, managerId, "pin", "", pin, clock.instant())));
    }

    /** "Graphene photonics – anna": the application by its title, the reviewer by id. */
    private static String pinText(Pair pin, Map<String, String> titles) {
        return titles.getOrDefault(pin.applicationId(), pin.applicationId()) + " – " + pin.reviewerId();
    }

    private ReviewerProfile panelMember(String callId, String reviewerId) {
        calls.get(callId);
        return assignments.panel(callId).stream().filter(r -> r.userId().equals(reviewerId)).findFirst()
                .orElseThrow(() -> new NotFoundException("You are not a reviewer of the call " + callId));
    }

    private List<Application> eligible(String callId) {
        return applications.ofCall(callId).stream().filter(a -> a.status() == ApplicationStatus.ELIGIBLE).toList();
    }

    private void requireNotAssigned(String callId) {
        if (!assignments.assignmentsOfCall(callId).isEmpty()) {
            throw new ConflictException("callId", "The reviewers of this call are already assigned; bids and pins are closed");
        }
    }
}
