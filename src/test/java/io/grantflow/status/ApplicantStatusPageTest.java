package io.grantflow.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.grantflow.application.ApplicationService;
import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The applicant reads the application's page in plain words, in his or her language, at each state of a First Step
 * application: what has happened with its dates, what happens next and when, the reviewers' comments once the decision
 * is sent (never a confidential comment, never a reviewer), and what to do by when, with the form offered only then.
 */
class ApplicantStatusPageTest extends CallScenario {

    /** What a person should never read on the applicant's status: the diagrams' wording, their ids, their expressions. */
    private static final List<String> PROCESS_WORDING = List.of("Check eligibility", "Acknowledge receipt", "Call closed",
            "Decision taken", "Send decision letter", "${", "Task_", "Catch_", "SubProcess_", "timeline.");

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("submitted", "You submitted your application."),
                    Map.entry("eligible", "Your application meets the rules of the call: it is eligible."),
                    Map.entry("callCloses", "The call closes on "),
                    Map.entry("callClosed", "The call closed."),
                    Map.entry("underWay", "Reviews are under way: 1 of 2 received."),
                    Map.entry("due", "Reviews are due by "),
                    Map.entry("done", "Every review is in: 2 of 2 received."),
                    Map.entry("decides", "The committee decides on the applications of the call."),
                    Map.entry("funded", "Decision: your application is funded, with 9000 EUR."),
                    Map.entry("notFunded", "Decision: your application is not funded."),
                    Map.entry("comments", "The reviewers’ comments"),
                    Map.entry("accept", "Accept the award by "),
                    Map.entry("yourTurn", "It is your turn: see what you must do below."),
                    Map.entry("accepted", "You accepted the award: your project started."),
                    Map.entry("projectEnds", "Your project ends on "),
                    Map.entry("reportDue", "Send the final report as a PDF by "),
                    Map.entry("received", "We received the final report."),
                    Map.entry("reads", "A programme manager reads the final report."),
                    Map.entry("approved", "A programme manager approved the final report."),
                    Map.entry("closed", "The project is closed."),
                    Map.entry("nothing", "Nothing more is planned for this application.")),
            "fr", Map.ofEntries(
                    Map.entry("submitted", "Vous avez déposé votre candidature."),
                    Map.entry("eligible", "Votre candidature respecte les règles de l’appel : elle est éligible."),
                    Map.entry("callCloses", "L’appel se clôt le "),
                    Map.entry("callClosed", "L’appel est clos."),
                    Map.entry("underWay", "Les évaluations sont en cours : 1 sur 2 reçues."),
                    Map.entry("due", "Les évaluations sont attendues pour le "),
                    Map.entry("done", "Toutes les évaluations sont là : 2 sur 2 reçues."),
                    Map.entry("decides", "Le comité décide sur les candidatures de l’appel."),
                    Map.entry("funded", "Décision : votre candidature est financée, pour 9000 EUR."),
                    Map.entry("notFunded", "Décision : votre candidature n’est pas financée."),
                    Map.entry("comments", "Les commentaires des évaluateurs"),
                    Map.entry("accept", "Acceptez l’aide avant le "),
                    Map.entry("yourTurn", "C’est à vous : voyez ci-dessous ce que vous devez faire."),
                    Map.entry("accepted", "Vous avez accepté l’aide : votre projet a commencé."),
                    Map.entry("projectEnds", "Votre projet se termine le "),
                    Map.entry("reportDue", "Envoyez le rapport final en PDF avant le "),
                    Map.entry("received", "Nous avons reçu le rapport final."),
                    Map.entry("reads", "Un chargé de programme lit le rapport final."),
                    Map.entry("approved", "Un chargé de programme a approuvé le rapport final."),
                    Map.entry("closed", "Le projet est clos."),
                    Map.entry("nothing", "Rien d’autre n’est prévu pour cette candidature.")));

    @Autowired ApplicationService applications;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theApplicantFollowsEachStateInPlainWords(String language) {
        Map<String, String> words = WORDS.get(language);
        String r1 = reviewer("DE", "glaciers", "climate");
        String r2 = reviewer("JP", "glaciers", "hydrology");
        Call call = callWithPanel(List.of(r1, r2), Map.of("acceptanceDays", 30, "finalReportDueMonths", 2), "20000");
        String applicant = applicant(language);
        String app = submitEligible(call, applicant, "Glacier melt", List.of("glaciers", "climate", "hydrology"), 9000);
        String refused = applicant(language);
        String refusedApp = submitEligible(call, refused, "River ice", List.of("glaciers", "climate", "hydrology"), 8000);
        Instant submittedAt = applications.get(app).submittedAt();

        // submitted and eligible: the call's closing is the next milestone, with its date
        String submitted = statusOf(app, applicant);
        assertThat(submitted).contains(date(submittedAt, language) + " " + words.get("submitted"), words.get("eligible"),
                words.get("callCloses") + dateTime(call.closesAt(), language));
        assertThat(submitted).doesNotContain(words.get("comments"), "accept-form", "report-form");

        // under review: how many reviews of how many, by when, never who
        ProcessInstance callProcess = closeCall(call);
        List<Task> declarations = reviewTasksOf(app);
        review(declarations.get(0), 5, 4, 5, "Excellent and timely.");
        String underReview = statusOf(app, applicant);
        assertThat(underReview).contains(words.get("callClosed"), words.get("underWay"), words.get("due"));
        assertThat(underReview).doesNotContain(r1, r2, "Excellent and timely.", words.get("comments"));

        // every review in, no decision yet: still no comment
        review(reviewTasksOf(app).get(0), 4, 4, 4, "Sound plan.");
        reviewTasksOf(refusedApp).forEach(task -> review(task, 2, 2, 2, "Too early for this call."));
        String reviewed = statusOf(app, applicant);
        assertThat(reviewed).contains(words.get("done"), words.get("decides")).doesNotContain("Sound plan.");

        // decided and sent: the decision, the comments for the applicant, the award to accept by its deadline
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        asUser(manager(), () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", List.of(app))));
        runDueJobs();
        Instant deadline = Instant.parse((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(applications.get(app).processInstanceId()).variableName("acceptanceDeadline").singleResult().getValue());
        String decided = statusOf(app, applicant);
        assertThat(decided).contains(words.get("funded"), words.get("comments"), "Excellent and timely.", "Sound plan.",
                words.get("accept") + dateTime(deadline, language), words.get("yourTurn"), "id=\"accept-form\"");
        assertThat(decided).doesNotContain(r1, r2, "for the committee only", "report-form");
        String notFunded = statusOf(refusedApp, refused);
        assertThat(notFunded).contains(words.get("notFunded"), words.get("comments"), "Too early for this call.", words.get("nothing"))
                .doesNotContain("accept-form", "Excellent and timely.", r1, r2, "for the committee only");

        // accepted: the form is gone, the project's end is next
        PortalSession session = PortalSession.logIn(port, applicant);
        assertThat(session.submitForm("/portal/applications/" + app, "/portal/applications/" + app + "/award", "").statusCode()).isEqualTo(302);
        runDueJobs();
        String accepted = statusOf(app, applicant);
        assertThat(accepted).contains(words.get("accepted"), words.get("projectEnds")).doesNotContain("accept-form", "report-form");

        // the project ended: the final report is due by its date, and its form is offered
        moveClockTo(call.closesAt().plus(Duration.ofDays(400)));
        runDueJobs();
        Instant reportDue = Instant.parse((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(applications.get(app).processInstanceId()).variableName("reportDueAt").singleResult().getValue());
        String reportDueNow = statusOf(app, applicant);
        assertThat(reportDueNow).contains(words.get("reportDue") + date(reportDue, language), "id=\"report-form\"")
                .doesNotContain("accept-form");

        // the report sent, then approved: nothing more is planned
        assertThat(postReport(app, applicant).getStatusCode().value()).isEqualTo(204);
        String inReview = statusOf(app, applicant);
        assertThat(inReview).contains(words.get("received"), words.get("reads")).doesNotContain("report-form");
        Task approval = tasks.createTaskQuery().processInstanceBusinessKey(app).taskDefinitionKey("Task_ApproveReport").singleResult();
        asUser(manager(), () -> tasks.complete(approval.getId(), Map.of("approveReport", true, "reportComment", "")));
        runDueJobs();
        String closed = statusOf(app, applicant);
        assertThat(closed).contains(words.get("approved"), words.get("closed"), words.get("nothing"));

        for (String page : List.of(submitted, underReview, reviewed, decided, notFunded, accepted, reportDueNow, inReview, closed)) {
            assertThat(page).doesNotContain(PROCESS_WORDING);
        }
    }

    static Stream<Arguments> ineligibility() {
        return Stream.of(
                Arguments.of("en", "Your application does not meet these rules of the call:", List.of(
                        "The unit \"NOTOURS1\" is not one of the funder's research units.",
                        "The requested budget (10000.5 EUR) is above the call's cap of 10000 EUR."),
                        "A programme manager reviews this check and may find your application eligible after all."),
                Arguments.of("fr", "Votre candidature ne respecte pas ces règles de l’appel :", List.of(
                        "L'unité « NOTOURS1 » n'est pas une unité de recherche du financeur.",
                        "Le budget demandé (10000.5 EUR) dépasse le plafond de l'appel, 10000 EUR."),
                        "Un chargé de programme revoit cette vérification et peut trouver votre candidature éligible."));
    }

    @ParameterizedTest
    @MethodSource("ineligibility")
    void anIneligibleApplicantReadsEachReasonWithItsValues(String language, String ineligible, List<String> reasons, String next) {
        Call call = openFirstStepCall();
        String applicant = applicant(language);
        Map<String, Object> application = eligibleApplication();
        application.put("unitCode", "NOTOURS1");
        application.put("budgetEur", 10000.5);
        String app = (String) submit(call.id(), applicant, application, pdf(), null).getBody().get("id");

        String page = statusOf(app, applicant);
        assertThat(page).contains(ineligible).contains(reasons).contains(next).doesNotContain(WORDS.get(language).get("callCloses"));
        assertThat(page).doesNotContain(PROCESS_WORDING).doesNotContain("UNIT_NOT_FUNDER", "BUDGET_OVER_CAP");

        var stranger = PortalSession.logIn(port, applicant(language)).get("/portal/applications/" + app);
        assertThat(stranger.statusCode()).as("another applicant's application").isEqualTo(404);
        assertThat(new String(stranger.body(), StandardCharsets.UTF_8)).doesNotContain("NOTOURS1", "plain-status");
    }

    /** The plain status part of the application's page as the user reads it: text without tags, ids of the forms kept. */
    private String statusOf(String applicationId, String userId) {
        String html = new String(PortalSession.logIn(port, userId).get("/portal/applications/" + applicationId).body(), StandardCharsets.UTF_8);
        int start = html.indexOf("id=\"plain-status\"");
        assertThat(start).as("the plain status is on the page").isPositive();
        String part = html.substring(start, html.indexOf("<!-- status: end -->"));
        String forms = String.join(" ", part.lines().filter(l -> l.contains("<form")).map(l -> l.replaceAll(".*(id=\"[^\"]+\").*", "$1")).toList());
        return HtmlUtils.htmlUnescape(part.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")) + " " + forms;
    }

    private static String date(Instant at, String language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language)).withZone(Call.FUNDER_ZONE).format(at);
    }

    private static String dateTime(Instant at, String language) {
        return DateTimeFormatter.ofPattern(language.equals("fr") ? "d MMMM yyyy 'à' HH:mm" : "d MMMM yyyy 'at' HH:mm",
                Locale.forLanguageTag(language)).withZone(Call.FUNDER_ZONE).format(at);
    }
}
