package io.grantflow.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.dashboard.CsvTable;
import io.grantflow.dashboard.XlsxTable;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalSession;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The applicant's right of reply through the engine: the call waits for the reply window after the reviews, each
 * applicant is told over SMTP, reads the reviews without reviewers, replies once within the limit, and the committee
 * follows when the window ends.
 */
class ApplicantReplyTest extends CallScenario {

    @Test
    void applicantsReplyToAnonymisedReviewsBeforeTheCommittee() throws Exception {
        String manager = manager();
        List<String> panel = List.of(reviewerNamed("Ingrid", "Vasquez", "JP", "graphene", "photonics"),
                reviewerNamed("Oskar", "Lindqvist", "DE", "photonics", "quantum"));
        Call call = callWithPanel(panel, Map.of("replyDays", 5, "replyMaxChars", 120), "18000");
        String english = applicant("en");
        String french = applicant("fr");
        String app = submitEligible(call, english, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String frenchApp = submitEligible(call, french, "Photonique quantique", List.of("quantum", "photonics", "graphene"), 8000);

        ProcessInstance callProcess = closeCall(call);
        for (String a : List.of(app, frenchApp)) {
            for (Task task : reviewTasksOf(a)) {
                review(task, 4, 3, 5, "Strong <b>idea</b>, weak budget.");
            }
        }
        runDueJobs();
        assertThat(callProcess).isWaitingAt("Timer_ReplyCloses").hasPassed("Task_OpenReplies");

        // Each applicant is told over SMTP, in his or her language.
        MimeMessage told = lastMessageTo(english);
        assertThat(told.getSubject()).isEqualTo("The reviews of your application \"Graphene photonics\": you may reply");
        assertThat((String) told.getContent()).contains("at most 120 characters", "/portal/applications/" + app);
        assertThat(lastMessageTo(french).getSubject())
                .isEqualTo("Les évaluations de votre candidature « Photonique quantique » : vous pouvez répondre");

        // The page shows the reviews numbered, escaped, with scores; never a reviewer nor the confidential comment.
        PortalSession session = PortalSession.logIn(port, english);
        String page = page(session, "/portal/applications/" + app);
        assertThat(page).contains("Reviewer 1", "Reviewer 2", "Strong &lt;b&gt;idea&lt;/b&gt;, weak budget.", "id=\"reply-form\"")
                .doesNotContain("for the committee only", "Strong <b>idea");
        for (String reviewerId : panel) {
            assertThat(page).doesNotContain(reviewerId, reviewerId + "@test.grantflow.example");
        }
        assertThat(page).doesNotContain("Ingrid", "Vasquez", "Oskar", "Lindqvist");

        // Another applicant can neither read nor answer these reviews.
        PortalSession other = PortalSession.logIn(port, french);
        assertThat(other.getPage("/portal/applications/" + app).statusCode()).isEqualTo(404);
        assertThat(other.postForm("/portal/applications/" + frenchApp, "/portal/applications/" + app + "/reply",
                Map.of("reply", "Not mine")).statusCode()).isEqualTo(404);

        // Too long: a 400 page naming the limit, the text kept, nothing stored.
        String tooLong = "x".repeat(121);
        HttpResponse<byte[]> refused = session.postForm("/portal/applications/" + app, "/portal/applications/" + app + "/reply",
                Map.of("reply", tooLong));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused)).contains("The reply has 121 characters; the call allows 120.", ">" + tooLong + "</textarea>");
        assertThat(count("SELECT COUNT(*) FROM applicant_reply WHERE application_id = ?", app)).isZero();
        assertThat(session.postForm("/portal/applications/" + app, "/portal/applications/" + app + "/reply",
                Map.of("reply", "   ")).statusCode()).isEqualTo(400);

        // Sent once, shown escaped; a second click is refused with 409 and the stored reply stays the first.
        String reply = "The budget <script>alert(1)</script> is justified in section 4.";
        HttpResponse<byte[]> sent = session.postForm("/portal/applications/" + app, "/portal/applications/" + app + "/reply",
                Map.of("reply", reply));
        assertThat(sent.statusCode()).isEqualTo(302);
        HttpResponse<byte[]> again = session.postForm("/portal/applications/" + app, "/portal/applications/" + app + "/reply",
                Map.of("reply", "A second thought"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again)).contains("A reply to these reviews was already sent", "id=\"reply-unsent\">A second thought</p>");
        assertThat(jdbc.sql("SELECT text FROM applicant_reply WHERE application_id = ?").param(app).query(String.class).single())
                .isEqualTo(reply);
        page = page(session, "/portal/applications/" + app);
        assertThat(page).contains("The budget &lt;script&gt;alert(1)&lt;/script&gt; is justified").doesNotContain("<script>alert")
                .doesNotContain("id=\"reply-form\"");

        // The manager reads the reply beside the reviews.
        assertThat(page(PortalSession.logIn(port, manager), "/portal/applications/" + app))
                .contains("The reviews and the applicant&#39;s reply", "Reviewer 2", "The budget &lt;script&gt;");

        // The committee's exports carry the reply on each of the application's lines, in CSV and Excel alike.
        for (String format : List.of("csv", "xlsx")) {
            byte[] export = get("/api/calls/" + call.id() + "/exports/ranking." + format, manager, byte[].class).getBody();
            List<List<String>> rows = format.equals("csv") ? CsvTable.parse(export) : XlsxTable.parse(export);
            int column = rows.get(0).indexOf("applicant_reply");
            assertThat(column).isPositive();
            assertThat(rows.stream().skip(1).filter(r -> r.contains(app)).map(r -> r.get(column))).hasSize(2).containsOnly(reply);
            assertThat(rows.stream().skip(1).filter(r -> r.contains(frenchApp)).map(r -> r.get(column))).hasSize(2).containsOnly("");
        }

        // The window ends on the call's clock: the committee follows, a late reply is refused in plain words.
        Instant closesAt = jdbc.sql("SELECT closes_at FROM reply_window WHERE call_id = ?").param(call.id())
                .query(java.time.OffsetDateTime.class).single().toInstant();
        moveClockTo(closesAt.minusSeconds(60));
        runDueJobs();
        assertThat(callProcess).isWaitingAt("Timer_ReplyCloses");
        moveClockTo(closesAt.plusSeconds(60));
        runDueJobs();
        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking");
        HttpResponse<byte[]> late = other.postForm("/portal/applications/" + frenchApp, "/portal/applications/" + frenchApp + "/reply",
                Map.of("reply", "Trop tard"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(body(late)).contains("Le délai de réponse de cet appel n’est pas ouvert.");
        assertThat(page(other, "/portal/applications/" + frenchApp))
                .contains("Le délai de réponse s’est terminé le", "Aucune réponse n’a été envoyée.").doesNotContain("id=\"reply-form\"");
    }

    @Test
    void aCallWithoutReplyGoesStraightToTheCommittee() {
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"));
        Call call = callWithPanel(panel, Map.of(), "18000");
        String applicant = applicant("en");
        String app = submitEligible(call, applicant, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        ProcessInstance callProcess = closeCall(call);
        for (Task task : reviewTasksOf(app)) {
            review(task, 4, 4, 4, "Fine.");
        }
        runDueJobs();
        assertThat(callProcess).isWaitingAt("Task_CommitteeRanking").hasNotPassed("Task_OpenReplies");
        assertThat(mailSubjectsTo(applicant)).noneMatch(s -> s.contains("you may reply"));
        assertThat(page(PortalSession.logIn(port, applicant), "/portal/applications/" + app)).doesNotContain("id=\"reply\"");
    }

    private static String page(PortalSession session, String path) {
        HttpResponse<byte[]> response = session.getPage(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return body(response);
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
