package io.grantflow.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.grantflow.application.Application;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.decision.Decision;
import io.grantflow.decision.FundingDecisionService;
import io.grantflow.eligibility.EligibilityRecord;
import io.grantflow.eligibility.EligibilityService;
import io.grantflow.review.AssignmentStatus;
import io.grantflow.review.ReviewAssignment;
import io.grantflow.review.ReviewService;
import io.grantflow.review.ReviewerAssignmentService;
import io.grantflow.status.PlainStatus.Happened;
import io.grantflow.status.PlainStatus.Kind;
import io.grantflow.status.PlainStatus.ToDo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Words an application's status for its applicant, in his or her language, from the product's own records
 * (eligibility verdict, review assignments, decision, reviews) and the process history (when each thing happened,
 * the deadlines the processes wait for). It never names a reviewer, never quotes a confidential comment, and shows
 * the reviewers' comments only once the decision letter is sent. Managers read {@link TimelineService} instead.
 */
@Service
public class ApplicantStatus {

    private final ApplicationHistory history;
    private final CallService calls;
    private final EligibilityService eligibility;
    private final ReviewerAssignmentService assignments;
    private final ReviewService reviews;
    private final FundingDecisionService decisions;
    private final TypicalDurations durations;
    private final MessageSource messages;
    private final Clock clock;

    ApplicantStatus(ApplicationHistory history, CallService calls, EligibilityService eligibility,
                    ReviewerAssignmentService assignments, ReviewService reviews, FundingDecisionService decisions,
                    TypicalDurations durations, MessageSource messages, Clock clock) {
        this.history = history;
        this.calls = calls;
        this.eligibility = eligibility;
        this.assignments = assignments;
        this.reviews = reviews;
        this.decisions = decisions;
        this.durations = durations;
        this.messages = messages;
        this.clock = clock;
    }

    public PlainStatus of(Application a, Locale language) {
        Words words = new Words(language);
        Call call = calls.get(a.callId());
        ApplicationHistory.Facts facts = history.of(a);
        Instant now = clock.instant();
        List<Dated> happened = new ArrayList<>();
        happened.add(new Dated(a.submittedAt(), words.text("submitted"), List.of()));

        Optional<EligibilityRecord> verdict = eligibility.recordOf(a.id());
        verdict.ifPresent(v -> happened.addAll(eligibilityEvents(a, v, facts, words)));
        boolean eligible = verdict.map(v -> v.verdict().eligible() || Boolean.TRUE.equals(v.overridden())).orElse(false);
        boolean callClosed = !now.isBefore(call.closesAt());
        if (eligible && callClosed) {
            happened.add(new Dated(call.closesAt(), words.text("callClosed"), List.of()));
        }
        List<ReviewAssignment> invited = assignments.assignmentsOf(a.id()).stream()
                .filter(r -> r.status() == AssignmentStatus.INVITED || r.status() == AssignmentStatus.SUBMITTED).toList();
        if (!invited.isEmpty()) {
            long received = invited.stream().filter(r -> r.status() == AssignmentStatus.SUBMITTED).count();
            Instant since = invited.stream().map(ReviewAssignment::assignedAt).min(Comparator.naturalOrder()).orElseThrow();
            happened.add(facts.reviewsDoneAt()
                    .map(at -> new Dated(at, words.text("reviewsDone", received, invited.size()), List.of()))
                    .orElse(new Dated(since, words.text("reviewsUnderWay", received, invited.size()), List.of())));
        }
        // The letter sent is the decision as the applicant knows it; the committee's record adds the amount.
        Optional<Decision> decision = facts.decisionSentAt().map(at -> decisions.decisionOf(a.id())
                .orElse(new Decision(a.id(), facts.fundedLetterSent(), null, 0, null)));
        decision.ifPresent(d -> happened.add(new Dated(facts.decisionSentAt().orElseThrow(), !d.funded()
                ? words.programmeText("notFunded", call.programme())
                : d.amountEur() == null ? words.programmeText("fundedNoAmount", call.programme())
                : words.programmeText("funded", call.programme(), d.amountEur().stripTrailingZeros().toPlainString()), List.of())));
        facts.acceptedAt().ifPresent(at -> happened.add(new Dated(at, words.programmeText("accepted", call.programme()), List.of())));
        facts.lapsedAt().ifPresent(at -> happened.add(new Dated(at, words.programmeText("lapsed", call.programme()), List.of())));
        facts.agreementSignedAt().ifPresent(at -> happened.add(new Dated(at, words.text("agreementSigned"), List.of())));
        for (ApplicationHistory.Report r : facts.reports()) {
            String name = words.reportName(r);
            r.submittedAt().ifPresent(at -> happened.add(new Dated(at, words.text("reportReceived", name), List.of())));
            r.changesAskedAt().ifPresent(at -> happened.add(new Dated(at, words.text("reportChanges", name), List.of())));
            r.approvedAt().ifPresent(at -> happened.add(new Dated(at, words.text("reportApproved", name), List.of())));
        }
        facts.stoppedAt().ifPresent(at -> happened.add(new Dated(at, words.text("stopped"), List.of())));
        facts.closedAt().ifPresent(at -> happened.add(new Dated(at, words.programmeText("closed", call.programme()), List.of())));
        happened.sort(Comparator.comparing(Dated::at)); // stable: same instant keeps the order above

        List<ToDo> toDo = new ArrayList<>();
        facts.acceptanceDeadline().ifPresent(by -> toDo.add(new ToDo(Kind.ACCEPT_AWARD,
                words.programmeText("toDo.accept", call.programme(), words.dateTime(by)))));
        for (ApplicationHistory.Report r : facts.reports()) {
            r.dueAt().ifPresent(by -> toDo.add(new ToDo(r.annual() ? Kind.ANNUAL_REPORT : Kind.FINAL_REPORT,
                    words.text("toDo.report", words.reportName(r), words.date(by)))));
        }
        List<String> comments = decision.isPresent()
                ? reviews.commentsForApplicant(a.id()).stream().filter(c -> c != null && !c.isBlank()).toList()
                : List.of();
        return new PlainStatus(happened.stream().map(d -> new Happened(d.text(), words.date(d.at()), d.details())).toList(),
                next(a, call, verdict, eligible, invited, facts, decision, toDo, words, now), comments, toDo);
    }

    private List<Dated> eligibilityEvents(Application a, EligibilityRecord v, ApplicationHistory.Facts facts, Words words) {
        Instant checkedAt = facts.eligibilityCheckedAt().orElse(a.submittedAt());
        if (v.verdict().eligible()) {
            return List.of(new Dated(checkedAt, words.text("eligible"), List.of()));
        }
        List<Dated> events = new ArrayList<>();
        events.add(new Dated(checkedAt, words.text("ineligible"), eligibility.explain(a.id(), v.verdict().reasons(), words.language)));
        Instant reviewedAt = facts.eligibilityReviewedAt().orElse(checkedAt);
        if (Boolean.TRUE.equals(v.overridden())) {
            events.add(new Dated(reviewedAt, words.text("eligibilityOverridden"), List.of()));
        } else if (Boolean.FALSE.equals(v.overridden())) {
            events.add(new Dated(reviewedAt, words.text("ineligibilityConfirmed"), List.of()));
        }
        return events;
    }

    /** The next milestone: its date where one is known, else the typical wait from earlier applications. */
    private String next(Application a, Call call, Optional<EligibilityRecord> verdict, boolean eligible,
                        List<ReviewAssignment> invited, ApplicationHistory.Facts facts, Optional<Decision> decision,
                        List<ToDo> toDo, Words words, Instant now) {
        if (facts.ended()) {
            return words.text("next.nothing");
        }
        if (verdict.isEmpty()) {
            return words.text("next.eligibility");
        }
        if (!eligible) {
            return Boolean.FALSE.equals(verdict.get().overridden()) ? words.text("next.nothing")
                    : words.withTypical("next.eligibilityReview", typicalLeft("eligibility", "Task_ReviewIneligibility", facts, now));
        }
        if (decision.isEmpty()) {
            if (now.isBefore(call.closesAt())) {
                return words.text("next.callCloses", words.dateTime(call.closesAt()));
            }
            if (invited.isEmpty()) {
                return words.text("next.assignment");
            }
            Optional<Instant> reviewsDue = facts.reviewsDueAt();
            if (facts.reviewsDoneAt().isEmpty() && reviewsDue.isPresent()) {
                return words.text("next.reviewsDue", words.date(reviewsDue.get()));
            }
            return words.withTypical("next.decision", typicalLeft(facts.processKey(), ApplicationHistory.DECISION, facts, now));
        }
        if (!toDo.isEmpty()) {
            return words.text("next.yourTurn");
        }
        Optional<ApplicationHistory.Report> inReview = facts.reports().stream().filter(ApplicationHistory.Report::inReview).findFirst();
        if (inReview.isPresent()) {
            return words.withTypical("next.reportReview", typicalLeft("report-review", ApplicationHistory.APPROVE_REPORT, facts, now),
                    words.reportName(inReview.get()));
        }
        if (facts.agreementSignedAt().isEmpty() && decision.get().funded() && facts.acceptedAt().isEmpty()) {
            return words.text("next.agreement");
        }
        return facts.projectEndsAt().filter(now::isBefore)
                .map(ends -> words.programmeText("next.projectEnds", call.programme(), words.date(ends)))
                .orElse(words.text("next.finalReport"));
    }

    /** The median time earlier applications spent at a step this one is at, minus the time spent there already. */
    private Optional<Duration> typicalLeft(String processKey, String activityId, ApplicationHistory.Facts facts, Instant now) {
        return facts.openSince(activityId).flatMap(since -> durations.remaining(processKey, activityId, since, now));
    }

    private record Dated(Instant at, String text, List<String> details) {
    }

    /** The applicant's messages ({@code applicantStatus.*}) in one language, and its dates in Paris time. */
    private final class Words {

        private static final String PREFIX = "applicantStatus.";
        private final Locale language;
        private final DateTimeFormatter date;
        private final DateTimeFormatter dateTime;

        Words(Locale language) {
            this.language = language;
            this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", language).withZone(Call.FUNDER_ZONE);
            this.dateTime = DateTimeFormatter.ofPattern(language.getLanguage().equals("fr") ? "d MMMM yyyy 'à' HH:mm" : "d MMMM yyyy 'at' HH:mm",
                    language).withZone(Call.FUNDER_ZONE);
        }

        String text(String key, Object... args) {
            return messages.getMessage(PREFIX + key, args, language);
        }

        /** A programme may word a step its own way ("labelled" for a label): applicantStatus.key.PROGRAMME. */
        String programmeText(String key, String programme, Object... args) {
            String own = messages.getMessage(PREFIX + key + "." + programme, args, null, language);
            return own != null ? own : text(key, args);
        }

        String withTypical(String key, Optional<Duration> left, Object... args) {
            String text = text(key, args);
            return left.map(d -> text + " " + (d.toDays() >= 1 ? text("typicalDays", d.toDays())
                    : d.toHours() >= 1 ? text("typicalHours", d.toHours()) : text("typicalSoon"))).orElse(text);
        }

        String reportName(ApplicationHistory.Report r) {
            return r.annual() ? text("annualReport", r.year()) : text("finalReport");
        }

        String date(Instant at) {
            return date.format(at);
        }

        String dateTime(Instant at) {
            return dateTime.format(at);
        }
    }
}
