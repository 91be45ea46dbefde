package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A co-applicant invited by email writes the draft with the applicant, who alone submits, and then reads the application. */
class CoApplicantTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("/portal/co-applicants/([0-9a-f]{48})");

    @Autowired DraftService drafts;

    @Test
    void anInviteeAcceptsWritesTheDraftAndReadsTheApplicationThatOnlyTheApplicantSubmits() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        String invitee = applicant("fr");
        String apply = "/portal/calls/" + call.id() + "/apply";
        drafts.save(call, applicant, DraftTest.complete(call), new ProposalFile("graphene.pdf", pdf()));
        PortalSession owner = PortalSession.logIn(port, applicant);

        HttpResponse<byte[]> invited = owner.postForm(apply + "?step=3", "/portal/calls/" + call.id() + "/co-applicants",
                Map.of("email", invitee + "@test.grantflow.example"));
        assertThat(invited.headers().firstValue("Location").orElseThrow()).endsWith("invited#co-applicants");
        assertThat(text(owner.getPage(apply + "?step=3"))).contains(invitee + "@test.grantflow.example", "has not accepted yet");
        deliverMail();
        List<MimeMessage> mails = mailsTo(invitee);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("invites you to write the application \"Graphene photonics for quantum links\"");
        Matcher link = LINK.matcher((String) mails.get(0).getContent());
        assertThat(link.find()).isTrue();
        String invitation = "/portal/co-applicants/" + link.group(1);

        PortalSession co = PortalSession.logIn(port, invitee);
        assertThat(text(co.getPage(invitation))).contains("Graphene photonics for quantum links", call.title(), "id=\"accept\"");
        HttpResponse<byte[]> accepted = co.postForm(invitation, invitation, Map.of());
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).contains(apply + "?of=" + applicant);
        String shared = apply + "?of=" + applicant;
        assertThat(text(co.getPage(shared))).contains("value=\"Graphene photonics for quantum links\"", "id=\"writing-for\"");
        assertThat(text(co.getPage("/portal/applications"))).contains("id=\"drafts\"", "Graphene photonics for quantum links");

        Map<String, String> edited = new HashMap<>(DraftTest.completeFields("save"));
        edited.put("title", "Graphene photonics, written together");
        assertThat(co.postForm(shared, "/portal/calls/" + call.id() + "/draft?of=" + applicant, edited).statusCode()).isEqualTo(204);
        assertThat(drafts.find(call.id(), applicant).orElseThrow().form().title()).isEqualTo("Graphene photonics, written together");

        edited.put("action", "submit");
        HttpResponse<byte[]> refused = co.postForm(shared, shared, edited);
        assertThat(text(refused)).contains("Only the applicant submits the application");
        assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isZero();

        PortalSession stranger = PortalSession.logIn(port, applicant("en"));
        assertThat(stranger.getPage(shared).statusCode()).isEqualTo(404);

        Map<String, String> submitted = new HashMap<>(edited);
        assertThat(owner.postForm(apply + "?step=4", apply, submitted).headers().firstValue("Location").orElseThrow())
                .endsWith("/portal/applications?submitted");
        String id = jdbc.sql("SELECT id FROM application WHERE call_id = ? AND applicant_id = ?").params(call.id(), applicant)
                .query(String.class).single();
        assertThat(text(co.getPage("/portal/applications"))).contains("Graphene photonics, written together").doesNotContain("id=\"drafts\"");
        assertThat(co.getPage("/portal/applications/" + id).statusCode()).isEqualTo(200);
        assertThat(co.getPage(shared).statusCode()).as("the draft is gone: nothing left to write").isEqualTo(404);
        assertThat(stranger.getPage("/portal/applications/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anAddressThatIsNoEmailIsRefusedAndNothingIsSent() {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        drafts.save(call, applicant, DraftTest.complete(call), null);
        PortalSession owner = PortalSession.logIn(port, applicant);
        HttpResponse<byte[]> refused = owner.postForm("/portal/calls/" + call.id() + "/apply?step=3",
                "/portal/calls/" + call.id() + "/co-applicants", Map.of("email", "not an address"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused)).contains("is not an email address");
        assertThat(count("SELECT COUNT(*) FROM co_applicant WHERE applicant_id = ?", applicant)).isZero();
    }

    private static String text(HttpResponse<byte[]> page) {
        return new String(page.body(), StandardCharsets.UTF_8);
    }
}
