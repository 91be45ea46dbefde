package io.grantflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.grantflow.support.IntegrationTest;
import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A manager reads the outbox, finds a message the mail server refused with its reply, corrects the recipient's
 * address and sends it again; the new message goes to the new address, the refused one stays as it was.
 */
class OutboxPageTest extends IntegrationTest {

    @Autowired NotificationService notifications;

    @Test
    void aRefusedMessageIsSentAgainToTheCorrectedAddress() {
        String applicant = applicant("fr");
        String receipt = receiptRefusedByTheMailServer(applicant);

        String manager = manager();
        PortalSession session = PortalSession.logIn(port, manager);
        String page = page(session, "/portal/outbox?status=FAILED");
        assertThat(page).contains("Outbox", applicant + "@test.grantflow.example", "550 5.1.1", "Send again");
        assertThat(page(session, "/portal/dashboard")).contains("Messages the mail server refused:", "/portal/outbox?status=FAILED");

        // The address was wrong: the account gets a new one, and the manager sends the message again.
        var user = identity.createUserQuery().userId(applicant).singleResult();
        user.setEmail(applicant + "@fixed.grantflow.example");
        identity.saveUser(user);
        HttpResponse<byte[]> resent = session.postForm("/portal/outbox", "/portal/outbox/" + receipt + "/resend", Map.of());
        assertThat(resent.statusCode()).isEqualTo(302);
        String copy = resent.headers().firstValue("Location").orElseThrow().replaceAll(".*resent=", "");
        assertThat(notifications.get(copy).recipientEmail()).isEqualTo(applicant + "@fixed.grantflow.example");
        assertThat(notifications.get(copy).subject()).isEqualTo(notifications.get(receipt).subject());
        assertThat(notifications.get(receipt).status()).isEqualTo(NotificationStatus.FAILED);

        assertThat(deliverMail().sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).anySatisfy(m -> assertThat(m.getAllRecipients()[0].toString())
                .isEqualTo(applicant + "@fixed.grantflow.example"));
        assertThat(notifications.get(copy).status()).isEqualTo(NotificationStatus.SENT);

        // A sent message is not sent again; nobody but a manager may ask.
        assertThat(resendThroughApi(copy, manager).getStatusCode().value()).isEqualTo(409);
        assertThat(resendThroughApi("no-such-message", manager).getStatusCode().value()).isEqualTo(404);
        assertThat(resendThroughApi(receipt, applicant).getStatusCode().value()).isEqualTo(403);
        assertThat(PortalSession.logIn(port, applicant).getPage("/portal/outbox").statusCode()).isEqualTo(403);
    }

    private static String page(PortalSession session, String path) {
        return new String(session.getPage(path).body(), StandardCharsets.UTF_8);
    }

    private ResponseEntity<String> resendThroughApi(String id, String userId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(userId, userId);
        return http.exchange("/api/notifications/" + id + "/resend", HttpMethod.POST, new HttpEntity<>(headers), String.class);
    }
}
