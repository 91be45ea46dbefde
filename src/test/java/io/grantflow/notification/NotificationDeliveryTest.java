package io.grantflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;

/** Messages reach a real SMTP server (GreenMail) in the reader's language, once, whatever the server does. */
class NotificationDeliveryTest extends IntegrationTest {

    @Autowired NotificationService notifications;
    @Autowired OutboxRepository outbox;
    @Autowired NotificationProperties properties;

    @Test
    void withoutAMailServerAMessageIsKeptForTheManagersAndNeverSentLater() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        String id = (String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id");
        Notification receipt = notifications.list(id, NotificationStatus.PENDING, 10).get(0);

        // The delivery step as a node started without spring.mail.host runs it: no mail sender at all.
        DelegateExecution execution = Mockito.mock(DelegateExecution.class);
        Mockito.when(execution.getVariable("notificationId")).thenReturn(receipt.id());
        new DeliverNotificationDelegate(outbox, Optional.empty(), properties).execute(execution);

        assertThat(notifications.get(receipt.id()).status()).isEqualTo(NotificationStatus.HELD);
        assertThat(notifications.get(receipt.id()).body()).contains("/portal/applications/" + id);
        // The job of that message, run later on a node with a mail server, finds it held and sends nothing.
        assertThat(runJobs()).isEmpty();
        assertThat(mailsTo(applicant)).isEmpty();
        assertThat(notifications.get(receipt.id()).status()).isEqualTo(NotificationStatus.HELD);
    }

    @Test
    void receiptIsMailedInFrenchToAFrenchApplicant() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("fr");
        String id = (String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id");

        assertThat(runJobs()).isEmpty();

        List<MimeMessage> mails = mailsTo(applicant);
        assertThat(mails).hasSize(1);
        MimeMessage receipt = mails.get(0);
        assertThat(receipt.getSubject()).isEqualTo("Nous avons bien reçu votre candidature « Graphene photonics for quantum links »");
        assertThat(receipt.getHeader("Content-Language")[0]).isEqualTo("fr");
        assertThat((String) receipt.getContent()).contains("Bonjour Test applicant", call.title(), "/portal/applications/" + id);
        assertThat(count("SELECT COUNT(*) FROM notification WHERE reference_id = ? AND status = 'SENT'", id)).isEqualTo(1);
    }

    @Test
    void ineligibilityLetterGivesEveryReasonInEnglish() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        var application = eligibleApplication();
        application.put("unitCode", "NOTOURS1");
        application.put("budgetEur", 25000);
        submit(call.id(), applicant, application, pdf(), null);

        runJobs();

        MimeMessage letter = mailsTo(applicant).get(0);
        assertThat(letter.getSubject()).isEqualTo("Your application \"Graphene photonics for quantum links\" is not eligible");
        assertThat((String) letter.getContent())
                .contains("The unit \"NOTOURS1\" is not one of the funder's research units.")
                .contains("The requested budget (25000 EUR) is above the call's cap of 10000 EUR.");
    }

    @Test
    void aMailServerOutageDelaysMessagesButNeverLosesOrDoublesThem() throws Exception {
        Call call = openFirstStepCall();
        List<String> applicants = List.of(applicant("en"), applicant("fr"), applicant("en"));
        smtp.stop();
        try {
            for (String applicant : applicants) {
                assertThat(submit(call.id(), applicant, eligibleApplication(), pdf(), null).getStatusCode().value()).isEqualTo(201);
            }
            assertThat(runJobs()).hasSizeGreaterThanOrEqualTo(3); // every delivery fails while the server is down
            assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isEqualTo(3);
        } finally {
            smtp = startSmtp();
        }

        runJobsUntilDone(5);

        for (String applicant : applicants) {
            assertThat(mailsTo(applicant)).as("mails to " + applicant).hasSize(1);
        }
        runJobsUntilDone(5);
        for (String applicant : applicants) {
            assertThat(mailsTo(applicant)).as("still one mail to " + applicant).hasSize(1);
        }
    }

    @Test
    void whenRetriesRunOutTheMessageIsAnIncidentAndAnAdminRetryDeliversIt() throws Exception {
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        String id;
        smtp.stop();
        try {
            id = (String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id");
            runJobsUntilDone(10);
        } finally {
            smtp = startSmtp();
        }
        String notificationId = jdbc.sql("SELECT id FROM notification WHERE reference_id = ? AND recipient_id = ?")
                .params(id, applicant).query(String.class).single();
        String deliveryInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(notificationId).singleResult().getId();
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(deliveryInstance).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Task_Deliver");
        assertThat(mailsTo(applicant)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM notification WHERE id = ? AND status = 'PENDING'", notificationId)).isEqualTo(1);

        // What an administrator does in Cockpit: give the job its retries back.
        Job job = management.createJobQuery().processInstanceId(deliveryInstance).singleResult();
        management.setJobRetries(job.getId(), 1);
        runJobsUntilDone(2);

        assertThat(mailsTo(applicant)).hasSize(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(deliveryInstance).count()).isZero();
    }
}
