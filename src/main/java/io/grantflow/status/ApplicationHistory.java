package io.grantflow.status;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.grantflow.application.Application;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * What the process history says of one application: when its steps happened and which deadlines its processes wait
 * for. It reads the application's own process and the processes that share its business key (eligibility, review
 * rounds, report reviews), by the activity ids that the First Step, IRP and Joint Lab diagrams have in common.
 */
@Component
class ApplicationHistory {

    static final String DECISION = "Catch_Decision";
    static final String APPROVE_REPORT = "Task_ApproveReport";
    private static final String REPORT_REVIEW = "report-review";

    private final HistoryService history;

    ApplicationHistory(HistoryService history) {
        this.history = history;
    }

    /** One report of a project as its review process holds it: annual (with its year) or final. */
    record Report(boolean annual, int year, Optional<Instant> submittedAt, Optional<Instant> changesAskedAt,
                  Optional<Instant> approvedAt, Optional<Instant> dueAt, boolean inReview) {
    }

    Facts of(Application application) {
        HistoricProcessInstance process = application.processInstanceId() == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(application.processInstanceId()).singleResult();
        List<HistoricProcessInstance> related = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(application.id()).list();
        return new Facts(process, related);
    }

    /** The history of one application, read once. */
    final class Facts {

        private final HistoricProcessInstance process;
        private final List<HistoricActivityInstance> own;
        private final List<HistoricActivityInstance> eligibility;
        private final List<HistoricProcessInstance> rounds;
        private final List<HistoricActivityInstance> reportSteps;
        private final List<Report> reports;

        private Facts(HistoricProcessInstance process, List<HistoricProcessInstance> related) {
            this.process = process;
            this.own = process == null ? List.of() : activities(process.getId());
            this.eligibility = related.stream().filter(p -> "eligibility".equals(p.getProcessDefinitionKey()))
                    .flatMap(p -> activities(p.getId()).stream()).toList();
            this.rounds = related.stream().filter(p -> TimelineService.REVIEW_PROCESS.equals(p.getProcessDefinitionKey())).toList();
            List<HistoricProcessInstance> reviews = related.stream().filter(p -> REPORT_REVIEW.equals(p.getProcessDefinitionKey()))
                    .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)).toList();
            this.reportSteps = reviews.stream().flatMap(p -> activities(p.getId()).stream()).toList();
            this.reports = reviews.stream().map(this::report).toList();
        }

        String processKey() {
            return process == null ? null : process.getProcessDefinitionKey();
        }

        /** The application's process is over: ineligible, not funded, lapsed, stopped or closed. */
        boolean ended() {
            return process != null && process.getEndTime() != null;
        }

        Optional<Instant> eligibilityCheckedAt() {
            return endOf(eligibility, "Task_CheckEligibility");
        }

        Optional<Instant> eligibilityReviewedAt() {
            return endOf(eligibility, "Task_ReviewIneligibility");
        }

        /** When the last review round of the application ended, if every round has. */
        Optional<Instant> reviewsDoneAt() {
            if (rounds.isEmpty() || rounds.stream().anyMatch(r -> r.getEndTime() == null)) {
                return Optional.empty();
            }
            return rounds.stream().map(r -> r.getEndTime().toInstant()).max(Comparator.naturalOrder());
        }

        /** The latest review deadline of the rounds still open (an alternate reviewer's comes later). */
        Optional<Instant> reviewsDueAt() {
            return rounds.stream().filter(r -> r.getEndTime() == null)
                    .flatMap(r -> values(r.getId(), "reviewDueAt"))
                    .max(Comparator.naturalOrder());
        }

        Optional<Instant> decisionSentAt() {
            return endOf(own, "Task_LetterFunded").or(() -> endOf(own, "Task_LetterNotFunded"));
        }

        boolean fundedLetterSent() {
            return endOf(own, "Task_LetterFunded").isPresent();
        }

        Optional<Instant> acceptedAt() {
            return endOf(own, "Receive_AwardAccepted");
        }

        Optional<Instant> lapsedAt() {
            return endOf(own, "Timer_AcceptanceDeadline");
        }

        /** While the process waits for the applicant to accept: the deadline it holds. */
        Optional<Instant> acceptanceDeadline() {
            return openSince("Receive_AwardAccepted").flatMap(since -> values(process.getId(), "acceptanceDeadline").findFirst());
        }

        /** An IRP project starts once the agreement is signed by all; there is no acceptance step. */
        Optional<Instant> agreementSignedAt() {
            return own.stream().anyMatch(a -> "Task_PrepareAgreement".equals(a.getActivityId()))
                    ? endOf(own, "Task_StartProject") : Optional.empty();
        }

        Optional<Instant> stoppedAt() {
            return endOf(own, "End_Stopped");
        }

        Optional<Instant> closedAt() {
            return endOf(own, "End_Closed");
        }

        Optional<Instant> projectEndsAt() {
            return process == null ? Optional.empty() : values(process.getId(), "projectEndsAt").findFirst();
        }

        List<Report> reports() {
            return reports;
        }

        /** Since when one of the application's processes has been at this step, if it still is. */
        Optional<Instant> openSince(String activityId) {
            return Stream.of(own, eligibility, reportSteps).flatMap(List::stream)
                    .filter(a -> activityId.equals(a.getActivityId()) && a.getEndTime() == null)
                    .map(a -> a.getStartTime().toInstant()).findFirst();
        }

        private Report report(HistoricProcessInstance review) {
            List<HistoricActivityInstance> steps = reportSteps.stream()
                    .filter(a -> review.getId().equals(a.getProcessInstanceId())).toList();
            boolean annual = rawValues(review.getId(), "report").anyMatch(Predicate.isEqual("annual"));
            int year = rawValues(review.getId(), "year").filter(Number.class::isInstance).map(v -> ((Number) v).intValue())
                    .findFirst().orElse(0);
            boolean awaited = steps.stream().anyMatch(a -> a.getEndTime() == null
                    && ("Receive_Report".equals(a.getActivityId()) || "Receive_RevisedReport".equals(a.getActivityId())));
            Optional<Instant> due = awaited ? values(review.getId(), "reportDueAt").findFirst() : Optional.empty();
            boolean inReview = steps.stream().anyMatch(a -> a.getEndTime() == null && APPROVE_REPORT.equals(a.getActivityId()));
            return new Report(annual, year, endOf(steps, "Receive_Report"), endOf(steps, "Task_AskChanges"),
                    endOf(steps, "End_ReportApproved"), due, inReview);
        }

        private Stream<Object> rawValues(String processInstanceId, String name) {
            return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
                    .list().stream().map(HistoricVariableInstance::getValue).filter(Objects::nonNull);
        }

        /** A variable holding an instant as text, as the delegates store deadlines. */
        private Stream<Instant> values(String processInstanceId, String name) {
            return rawValues(processInstanceId, name).filter(String.class::isInstance).map(String.class::cast)
                    .flatMap(text -> {
                        try {
                            return Stream.of(Instant.parse(text));
                        } catch (RuntimeException notAnInstant) {
                            return Stream.empty();
                        }
                    });
        }
    }

    /** The latest finished, not cancelled, instance of a step. */
    private static Optional<Instant> endOf(List<HistoricActivityInstance> activities, String activityId) {
        return activities.stream()
                .filter(a -> activityId.equals(a.getActivityId()) && a.getEndTime() != null && !a.isCanceled())
                .map(a -> a.getEndTime().toInstant()).max(Comparator.naturalOrder());
    }

    private List<HistoricActivityInstance> activities(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list();
    }
}
