package io.grantflow.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationService;
import io.grantflow.audit.ManagerChange;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.UserDirectory;
import io.grantflow.problem.ConflictException;
import io.grantflow.problem.InvalidInputException;
import io.grantflow.problem.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What managers see and decide of the names applicants excluded that only possibly name a reviewer of the call's
 * panel: such a pair is never assigned before a manager answers "same person" (it stays out) or "different
 * person" (it may be assigned).
 */
@Service
public class DoubtfulExclusionService {

    /** A manager's answer, as the API takes it. */
    public enum Answer { SAME_PERSON, DIFFERENT_PERSON }

    private final ReviewerAssignmentService assignments;
    private final ApplicationService applications;
    private final CallService calls;
    private final UserDirectory users;
    private final DoubtfulMatches matches;
    private final CoAuthorConflicts coAuthors;
    private final ReviewPanel panel;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DoubtfulExclusionService(ReviewerAssignmentService assignments, ApplicationService applications, CallService calls,
                             UserDirectory users, DoubtfulMatches matches, CoAuthorConflicts coAuthors, ReviewPanel panel,
                             ApplicationEventPublisher events, Clock clock) {
        this.coAuthors = coAuthors;
        this.clock = clock;
        this.panel = panel;
        this.assignments = assignments;
        this.applications = applications;
        this.calls = calls;
        this.users = users;
        this.matches = matches;
        this.events = events;
    }

    /**
     * Every doubtful match of the call's applications with its panel, answered or not: excluded names, then authors of
     * the reviewers' recent works. 404 for an unknown call.
     */
    public List<DoubtfulMatch> ofCall(String callId) {
        Call call = calls.get(callId);
        Map<String, String> names = assignments.panel(callId).stream()
                .collect(Collectors.toMap(ReviewerProfile::userId, r -> users.contact(r.userId()).name()));
        List<Application> apps = applications.ofCall(callId);
        CoAuthorConflicts.Found coAuthored = coAuthors.of(call, apps, names);
        List<DoubtfulMatch> found = new ArrayList<>();
        for (Application a : apps) {
            found.addAll(matches.of(a, names));
            found.addAll(coAuthored.doubtful(a.id()));
        }
        return found;
    }

    /**
     * 404 for a match the call does not have, 400 for an answer other than the two, 409 once answered. "Different
     * person" frees that reviewer: a round waiting for one looks again at once. The audit trail keeps the answer:
     * "excluded name ? reviewer" before, "=" (same person) or "≠" (different person) after.
     */
    @Transactional
    public DoubtfulMatch answer(String callId, String matchId, String answer, String managerId) {
        DoubtfulMatch match = ofCall(callId).stream().filter(m -> m.id().equals(matchId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No doubtful match " + matchId + " in call " + callId));
        Answer parsed = parse(answer);
        boolean samePerson = parsed == Answer.SAME_PERSON;
        if (match.samePerson() != null || !matches.answer(match, samePerson, managerId, clock.instant())) {
            throw new ConflictException("answer", "This match was answered already");
        }
        String pair = match.work() == null
                ? " " + match.reviewerName() + " (" + match.reviewerId() + "), " + match.applicationTitle()
                : " " + match.person() + ", co-author of " + match.reviewerName() + " (" + match.reviewerId() + ") in '"
                        + match.work() + "', " + match.year() + ", " + match.applicationTitle();
        events.publishEvent(new ManagerChange(callId, managerId, "exclusion", match.excludedName() + " ?" + pair,
                match.excludedName() + (samePerson ? " =" : " ≠") + pair, clock.instant()));
        if (!samePerson) {
            panel.wakeWaitingRounds(callId);
        }
        return match.answered(samePerson);
    }

    private static Answer parse(String answer) {
        for (Answer a : Answer.values()) {
            if (a.name().equals(answer)) {
                return a;
            }
        }
        throw new InvalidInputException("answer", "must be SAME_PERSON or DIFFERENT_PERSON");
    }
}
