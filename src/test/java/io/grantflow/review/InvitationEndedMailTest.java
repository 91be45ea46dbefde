package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/** A reviewer whose task is withdrawn because its deadline passed is told, in his or her language, that nothing is expected any more. */
class InvitationEndedMailTest extends CallScenario {

    @Test
    void eachLateReviewerIsToldTheInvitationEndedInHisOrHerLanguage() throws Exception {
        String english = reviewerSpeaking("en", "JP", "photonics");
        String french = reviewerSpeaking("fr", "DE", "photonics");
        Call call = callWithPanel(List.of(english, french), Map.of("reviewDays", 10), "50000");
        submitEligible(call, applicant("en"), "Photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);

        moveClockTo(call.closesAt().plus(Duration.ofDays(11)));
        runDueJobs();
        runJobsUntilDone(5);

        assertThat(body(mailTo(english, "Your invitation to review \"Photonics\" has ended")))
                .contains("Dear Test reviewer", "the review deadline passed", "You need not do anything");
        assertThat(body(mailTo(french, "Votre invitation à évaluer « Photonics » a pris fin")))
                .contains("Bonjour Test reviewer", "la date limite d'évaluation est passée", "Vous n'avez rien à faire");
    }

    @Test
    void aReviewerWhoDeclinesGetsNoEndedMail() {
        List<String> panel = List.of(reviewer("JP", "photonics"), reviewer("DE", "photonics"), reviewer("US", "photonics"));
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        String declining = reviewTasksOf(app).get(0).getAssignee();

        decline(reviewTasksOf(app).get(0));
        runDueJobs();

        assertThat(mailSubjectsTo(declining)).containsExactly("Invitation to review \"Photonics\"");
    }

    private MimeMessage mailTo(String reviewerId, String subject) {
        List<MimeMessage> ended = mailsTo(reviewerId).stream().filter(m -> subject(m).equals(subject)).toList();
        assertThat(ended).hasSize(1);
        return ended.get(0);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) throws IOException, MessagingException {
        return m.getContent().toString();
    }
}
