package io.grantflow.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.funder.Funder;
import io.grantflow.identity.Groups;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.FieldProblem;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.review.assignment.Affinity;
import io.grantflow.review.assignment.AffinityMatrix;
import io.grantflow.review.assignment.AssignmentProblem;
import io.grantflow.review.assignment.AssignmentResult;
import io.grantflow.review.assignment.InfeasibilityReason;
import io.grantflow.review.assignment.Pair;
import io.grantflow.review.assignment.Replacement;
import io.grantflow.review.assignment.Reviewer;
import io.grantflow.review.assignment.ReviewerAssigner;
import io.grantflow.review.assignment.ReviewerAssignment;
import io.grantflow.review.assignment.Submission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns reviewers to a whole call at once, and replaces one reviewer at a time after a decline,
 * a declared conflict or a missed deadline. The solver behind it is a {@link ReviewerAssigner}.
 */
@Service
public class ReviewerAssignmentService {

    /** Reviewers of one institution on one application. */
    static final int MAX_PER_INSTITUTION = 1;

    private final ReviewerAssigner assigner;
    private final ReviewRepository reviews;
    private final ReviewerService reviewers;
    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final Funder funder;
    private final JdbcClient jdbc;
    private final AssignmentPreferences preferences;
    private final ExcludedReviewers excludedReviewers;
    private final PairExclusions removedPairs;
    private final CoAuthorConflicts coAuthors;
    private final Clock clock;

    ReviewerAssignmentService(ReviewerAssigner assigner, ReviewRepository reviews, ReviewerService reviewers,
                              ApplicationService applications, CallService calls, UserDirectory users, Funder funder,
                              JdbcClient jdbc, AssignmentPreferences preferences, ExcludedReviewers excludedReviewers,
                              PairExclusions removedPairs, CoAuthorConflicts coAuthors, Clock clock) {
        this.clock = clock;
        this.coAuthors = coAuthors;
        this.removedPairs = removedPairs;
        this.assigner = assigner;
        this.excludedReviewers = excludedReviewers;
        this.preferences = preferences;
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.funder = funder;
        this.jdbc = jdbc;
    }

    /**
     * Assigns k reviewers to every listed application and invites them. When no assignment covers them all, it invites
     * nobody and names the reasons; with {@code coverWhatCan} it then leaves out, one step at a time, the applications
     * the reasons name (those that can never be covered first, else the last one listed) until the others can be
     * covered, and invites their reviewers. Each application ends under review or blocked.
     */
    @Transactional
    public CallAssignment assignCall(String callId, List<String> applicationIds, boolean coverWhatCan) {
        Call call = calls.get(callId);
        List<Application> apps = applicationIds.stream().map(applications::get).toList();
        AssignmentResult result = solve(call, apps);
        if (result instanceof AssignmentResult.Infeasible infeasible) {
            List<Application> covered = new ArrayList<>(apps);
            while (coverWhatCan && result instanceof AssignmentResult.Infeasible still && !covered.isEmpty()) {
                leaveOutOne(covered, still);
                result = covered.isEmpty() ? result : solve(call, covered);
            }
            Map<String, List<ReviewAssignment>> invited = result instanceof AssignmentResult.Assigned assigned
                    ? invite(callId, assigned) : Map.of();
            List<String> blocked = applicationIds.stream().filter(id -> !invited.containsKey(id)).toList();
            blocked.forEach(id -> applications.updateStatus(id, ApplicationStatus.ASSIGNMENT_BLOCKED));
            return new CallAssignment(invited, blocked, infeasible.reasons());
        }
        return new CallAssignment(invite(callId, (AssignmentResult.Assigned) result), List.of(), List.of());
    }

    /** What {@link #assignCall} would invite for these applications now, inviting nobody: the same inputs and solver. */
    AssignmentResult propose(Call call, List<Application> apps) {
        return solve(call, apps);
    }

    /**
     * Why a reviewer of the panel may never review an application, in the terms a manager reads: the rule, and for
     * some a detail (the partner institution; the work co-authored, its year and with whom).
     */
    record Conflict(String applicationId, String reviewerId, String rule, String detail, String year, String with) {

        Conflict(String applicationId, String reviewerId, String rule, String detail) {
            this(applicationId, reviewerId, rule, detail, null, null);
        }
    }

    /**
     * Every hard conflict between the applications and the call's panel, with its rule: a pair removed by a manager
     * ("removed"), one of {@link ConflictRules} ("applicant", "unit", "partner" with the institution, "excluded"), a
     * recent co-authorship ("coauthored" with the work, its year and with whom; "coauthoredDoubtful" until a manager
     * says whether an author is the person), or a declared conflict, an ended invitation or a doubtful excluded name
     * ("declared").
     */
    List<Conflict> conflicts(Call call, List<Application> apps) {
        List<ReviewerProfile> panel = panel(call.id());
        Map<String, String> names = panel.stream().collect(Collectors.toMap(ReviewerProfile::userId, r -> users.contact(r.userId()).name()));
        Map<String, Set<String>> removed = removedPairs.of(call.id());
        CoAuthorConflicts.Found coAuthored = coAuthors.of(call, apps, names);
        List<Conflict> conflicts = new ArrayList<>();
        for (Application a : apps) {
            Set<String> declared = excludedReviewers.of(a, names);
            for (ReviewerProfile r : panel) {
                String rule = ConflictRules.conflict(a, r, names.get(r.userId()));
                CoAuthorConflicts.CoAuthored work = coAuthored.certain(a.id(), r.userId());
                if (removed.getOrDefault(a.id(), Set.of()).contains(r.userId())) {
                    conflicts.add(new Conflict(a.id(), r.userId(), "removed", null));
                } else if (rule != null) {
                    conflicts.add(ConflictRules.asConflict(a.id(), r.userId(), rule));
                } else if (work != null) {
                    conflicts.add(new Conflict(a.id(), r.userId(), "coauthored", work.title(),
                            work.year() == null ? "" : String.valueOf(work.year()), work.with()));
                } else if (coAuthored.heldOutAsDoubtful(a.id(), r.userId()) && !declared.contains(r.userId())) {
                    conflicts.add(new Conflict(a.id(), r.userId(), "coauthoredDoubtful", null));
                } else if (declared.contains(r.userId())) {
                    conflicts.add(new Conflict(a.id(), r.userId(), "declared", null));
                }
            }
        }
        return conflicts;
    }

    private AssignmentResult solve(Call call, List<Application> apps) {
        Inputs inputs = inputs(call, apps);
        return assignerOf(call).assign(inputs.problem(), inputs.affinities());
    }

    /**
     * A call that caps each pair's chance draws its assignment at random, seeded by the call, so that the preview and
     * the release of the same question give the same draw.
     */
    private ReviewerAssigner assignerOf(Call call) {
        int cap = call.settings().integerOr(PAIR_CHANCE_CAP, 100);
        return cap >= 100 ? assigner : ReviewerAssignment.randomised(cap / 100.0, call.id().hashCode());
    }

    static final String PAIR_CHANCE_CAP = "pairChanceCapPercent";

    private Map<String, List<ReviewAssignment>> invite(String callId, AssignmentResult.Assigned assigned) {
        Instant now = clock.instant();
        Map<String, List<ReviewAssignment>> byApplication = new LinkedHashMap<>();
        for (Affinity pair : assigned.pairs()) {
            ReviewAssignment a = new ReviewAssignment(UUID.randomUUID().toString(), callId, pair.applicationId(), pair.reviewerId(),
                    AssignmentStatus.INVITED, pair.value(), pair.explain(), null, now);
            reviews.insert(a);
            byApplication.computeIfAbsent(a.applicationId(), k -> new ArrayList<>()).add(a);
        }
        byApplication.keySet().forEach(id -> applications.updateStatus(id, ApplicationStatus.UNDER_REVIEW));
        return byApplication;
    }

    /** Reasons about one application alone: no change of the others' assignment can cover it. */
    private static final Set<InfeasibilityReason.Code> ALONE = Set.of(InfeasibilityReason.Code.EVERY_REVIEWER_CONFLICTED,
            InfeasibilityReason.Code.TOO_FEW_ELIGIBLE_REVIEWERS, InfeasibilityReason.Code.NO_FOREIGN_REVIEWER);

    /** Leaves out every application that can never be covered, or else the last listed that a reason names (or the last). */
    static void leaveOutOne(List<Application> apps, AssignmentResult.Infeasible why) {
        Set<String> alone = why.reasons().stream().filter(r -> ALONE.contains(r.code()))
                .flatMap(r -> r.applicationIds().stream()).collect(Collectors.toSet());
        if (apps.removeIf(a -> alone.contains(a.id()))) {
            return;
        }
        Set<String> named = why.applicationsNotCovered();
        for (int i = apps.size() - 1; i >= 0; i--) {
            if (named.isEmpty() || named.contains(apps.get(i).id())) {
                apps.remove(i);
                return;
            }
        }
        apps.remove(apps.size() - 1);
    }

    /**
     * Closes an open invitation (declined, conflict, late) and invites the best free reviewer for that
     * application; every other assignment stays. Empty when nobody can take it.
     */
    @Transactional
    public Optional<ReviewAssignment> replace(String assignmentId, AssignmentStatus why) {
        ReviewAssignment gone = reviews.find(assignmentId).orElseThrow();
        if (!reviews.close(gone.id(), why, clock.instant())) {
            throw new IllegalStateException("The invitation " + assignmentId + " is not open any more");
        }
        return inviteInPlaceOf(gone);
    }

    /**
     * After a replacement found nobody and the panel changed: the best free reviewer of the panel as it is now
     * takes the place of that ended invitation. Empty when still nobody can.
     */
    @Transactional
    public Optional<ReviewAssignment> fillEnded(String endedAssignmentId) {
        ReviewAssignment ended = reviews.find(endedAssignmentId).orElseThrow();
        if (ended.status().active()) {
            throw new IllegalStateException("The invitation " + endedAssignmentId + " has not ended");
        }
        return inviteInPlaceOf(ended);
    }

    private Optional<ReviewAssignment> inviteInPlaceOf(ReviewAssignment gone) {
        Call call = calls.get(gone.callId());
        List<ReviewAssignment> callAssignments = reviews.ofCall(call.id());
        List<Application> assigned = callAssignments.stream().map(ReviewAssignment::applicationId).distinct()
                .map(applications::get).toList();
        Inputs inputs = inputs(call, assigned);
        List<Affinity> current = new ArrayList<>();
        Map<String, Integer> loads = new HashMap<>();
        for (ReviewAssignment a : callAssignments) {
            if (a.status().active() || a.id().equals(gone.id())) {
                current.add(inputs.affinities().get(a.applicationId(), a.reviewerId()).orElse(
                        new Affinity(a.applicationId(), a.reviewerId(), a.affinity(), 0, 0, 0, false, List.of(), List.of())));
                loads.merge(a.reviewerId(), 1, Integer::sum);
            }
        }
        double total = current.stream().mapToDouble(Affinity::value).sum();
        AssignmentResult.Assigned before = new AssignmentResult.Assigned(current, total, 0, loads, "stored", false, List.of());
        Replacement replacement = assigner.replace(inputs.problem(), inputs.affinities(), before,
                new Pair(gone.applicationId(), gone.reviewerId()));
        return replacement.replacement().map(pair -> {
            ReviewAssignment next = new ReviewAssignment(UUID.randomUUID().toString(), call.id(), pair.applicationId(),
                    pair.reviewerId(), AssignmentStatus.INVITED, pair.value(), pair.explain(), gone.id(), clock.instant());
            reviews.insert(next);
            return next;
        });
    }

    /**
     * Replaces the reviewers of a call's panel; an empty panel means every reviewer. An unknown call is 404; a
     * panel member must be a reviewer with a profile (without one the assignment can never choose him or her),
     * named once.
     */
    @Transactional
    public void setPanel(String callId, List<String> reviewerIds) {
        calls.get(callId);
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int i = 0; i < reviewerIds.size(); i++) {
            String id = reviewerIds.get(i);
            if (id == null || reviewers.find(id).isEmpty()) {
                problems.add(new FieldProblem("[" + i + "]", "is not a reviewer with a profile: " + id));
            } else if (!named.add(id)) {
                problems.add(new FieldProblem("[" + i + "]", "names " + id + " a second time"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("DELETE FROM call_panel WHERE call_id = ?").param(callId).update();
        for (String reviewerId : reviewerIds) {
            jdbc.sql("INSERT INTO call_panel (call_id, reviewer_id) VALUES (?, ?)").params(callId, reviewerId).update();
        }
    }

    public List<ReviewAssignment> assignmentsOf(String applicationId) {
        return reviews.ofApplication(applicationId);
    }

    public List<ReviewAssignment> assignmentsOfCall(String callId) {
        return reviews.ofCall(callId);
    }

    public Optional<ReviewAssignment> assignment(String assignmentId) {
        return reviews.find(assignmentId);
    }

    private record Inputs(AssignmentProblem problem, AffinityMatrix affinities) {
    }

    private Inputs inputs(Call call, List<Application> apps) {
        List<ReviewerProfile> panel = panel(call.id());
        Map<String, String> names = panel.stream().collect(Collectors.toMap(ReviewerProfile::userId, r -> users.contact(r.userId()).name()));
        Map<String, Set<String>> removed = removedPairs.of(call.id());
        CoAuthorConflicts.Found coAuthored = coAuthors.of(call, apps, names);
        Map<String, Set<String>> excluded = apps.stream().collect(Collectors.toMap(Application::id, a -> {
            Set<String> refused = new HashSet<>(excludedReviewers.of(a, names));
            refused.addAll(removed.getOrDefault(a.id(), Set.of()));
            refused.addAll(coAuthored.excluded(a.id()));
            return refused;
        }));
        AssignmentProblem problem = problem(apps, panel, names, excluded, call.settings().integer("reviewersPerApplication"),
                funder.country(), call.settings().flagOrNo("oneReviewerAbroad"), call.settings().integer("reviewerMinLoad"),
                preferences.bids(call.id()), preferences.pins(call.id()),
                call.settings().flag("fairAssignment") ? AssignmentProblem.Mode.FAIR : AssignmentProblem.Mode.OPTIMAL);
        return new Inputs(problem, ReviewerAssignment.affinities(problem));
    }

    /** The solver's question: applications, the panel with its loads, and every hard conflict as a forbidden pair. */
    static AssignmentProblem problem(List<Application> apps, List<ReviewerProfile> panel, Map<String, String> names,
                                     Map<String, Set<String>> excluded, int k, String homeCountry, boolean foreignReviewer) {
        return problem(apps, panel, names, excluded, k, homeCountry, foreignReviewer, 0, Map.of(), Set.of(), AssignmentProblem.Mode.OPTIMAL);
    }

    /** The same with the call's minimum load, its bids and pins, and the solving mode. */
    static AssignmentProblem problem(List<Application> apps, List<ReviewerProfile> panel, Map<String, String> names,
                                     Map<String, Set<String>> excluded, int k, String homeCountry, boolean foreignReviewer,
                                     int minLoad, Map<Pair, Double> bids, Set<Pair> pins, AssignmentProblem.Mode mode) {
        Set<Pair> conflicts = new HashSet<>();
        for (Application a : apps) {
            Set<String> refused = excluded.getOrDefault(a.id(), Set.of());
            for (ReviewerProfile r : panel) {
                if (refused.contains(r.userId()) || ConflictRules.conflict(a, r, names.get(r.userId())) != null) {
                    conflicts.add(new Pair(a.id(), r.userId()));
                }
            }
        }
        List<Submission> submissions = apps.stream()
                .map(a -> new Submission(a.id(), a.unitCode(), a.title(), a.abstractText(), a.keywords()))
                .toList();
        List<Reviewer> pool = panel.stream()
                .map(r -> new Reviewer(r.userId(), r.institution(), r.country(), r.expertise(), r.profile(), r.maxLoad(), Math.min(minLoad, r.maxLoad())))
                .toList();
        return AssignmentProblem.builder(submissions, pool)
                .reviewersPerApplication(k)
                .conflicts(conflicts)
                .maxPerInstitution(MAX_PER_INSTITUTION)
                .homeCountry(homeCountry)
                .requireForeignReviewer(foreignReviewer)
                .bids(bids)
                .pins(pins)
                .mode(mode)
                .build();
    }

    List<ReviewerProfile> panel(String callId) {
        List<String> members = jdbc.sql("SELECT reviewer_id FROM call_panel WHERE call_id = ?").param(callId).query(String.class).list();
        List<ReviewerProfile> all = reviewers.all();
        return members.isEmpty() ? all : all.stream().filter(r -> members.contains(r.userId())).toList();
    }

    /** The reviewers named on the call's panel; none means every reviewer. */
    List<String> panelMembers(String callId) {
        return jdbc.sql("SELECT reviewer_id FROM call_panel WHERE call_id = ?").param(callId).query(String.class).list();
    }

    /** The call's panel members whom the assignment cannot choose, since they have no reviewer profile. */
    List<String> panelWithoutProfile(String callId) {
        List<String> members = panelMembers(callId);
        Set<String> profiles = reviewers.all().stream().map(ReviewerProfile::userId).collect(Collectors.toSet());
        return (members.isEmpty() ? users.membersOf(Groups.REVIEWERS) : members).stream().filter(id -> !profiles.contains(id)).toList();
    }
}
