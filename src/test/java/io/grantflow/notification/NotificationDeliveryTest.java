package io.grantflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.grantflow.call.Call;
import io.grantflow.support.EngineRest;
import io.grantflow.process.EngineClock;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.LoopbackSmtp;
import io.grantflow.support.PortalSession;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Messages reach a real SMTP server in the reader's language, once, whatever the server does. */
class NotificationDeliveryTest extends IntegrationTest {

    @Autowired NotificationService notifications;
    @Autowired OutboxRepository outbox;
    @Autowired NotificationProperties properties;
    @Autowired ExternalTaskService externalTasks;

    @Test
    void withoutAMailServerAMessageIsKeptForTheManagersAndNeverSentLater() {
        deliverMail();
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        String id = (String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id");
        Notification receipt = notifications.list(id, NotificationStatus.PENDING, 10).get(0);

        // The delivery of a node started without spring.mail.host: no mail sender at all.
        MailDelivery.Pass pass = new MailDelivery(externalTasks, outbox, Optional.empty(), properties, new EngineClock()).deliverDue();

        assertThat(pass.held()).isEqualTo(1);
        assertThat(notifications.get(receipt.id()).status()).isEqualTo(NotificationStatus.HELD);
        assertThat(notifications.get(receipt.id()).body()).contains("/portal/applications/" + id);
        assertThat(deliveryOf(receipt.id())).isEmpty(); // its process ended
        runJobsUntilDone(3);
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
        assertThat(count("SELECT COUNT(*) FROM notification WHERE reference_id = ? AND status = 'SENT' AND attempts = 1", id)).isEqualTo(1);
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
    void anOutageOfSixtySecondsDelaysMessagesAndNoneIsLostOrDoubled() throws Exception {
        deliverMail();
        Call call = openFirstStepCall();
        List<String> applicants = List.of(applicant("en"), applicant("fr"), applicant("en"));
        List<String> ids = new ArrayList<>();
        smtp.stop();
        try {
            for (String applicant : applicants) {
                ids.add(receiptOf((String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id")));
            }
            MailDelivery.Pass failed = deliverMail();
            assertThat(failed.retrying()).isEqualTo(3);
            for (String id : ids) {
                assertThat(notifications.get(id).lastError()).contains("Connection refused");
            }
            assertThat(count("SELECT COUNT(*) FROM application WHERE call_id = ?", call.id())).isEqualTo(3);
            moveClock(Duration.ofSeconds(30));
            assertThat(deliverMail().taken()).as("before the first wait has passed").isZero();
        } finally {
            smtp = startSmtp();
        }

        moveClock(Duration.ofSeconds(31)); // the outage lasted 60 s; the first wait (1 minute) has passed
        assertThat(deliverMail().sent()).isEqualTo(3);

        runJobsUntilDone(5);
        for (String applicant : applicants) {
            assertThat(mailsTo(applicant)).as("one mail to " + applicant).hasSize(1);
        }
        for (String id : ids) {
            Notification n = notifications.get(id);
            assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.attempts()).isEqualTo(2);
            assertThat(n.lastError()).isNull();
            assertThat(incidentsOf(id)).isZero();
        }
    }

    @Test
    void anOutageOfFourHoursIsRiddenOutWithGrowingWaitsAndNoManualRetry() throws Exception {
        deliverMail();
        Call call = openFirstStepCall();
        List<String> applicants = List.of(applicant("en"), applicant("fr"));
        List<String> ids = new ArrayList<>();
        Instant outageStart = ClockUtil.getCurrentTime().toInstant();
        List<Duration> waits = new ArrayList<>();
        smtp.stop();
        try {
            for (String applicant : applicants) {
                ids.add(receiptOf((String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id")));
            }
            assertThat(deliverMail().retrying()).isEqualTo(2);
            // The server stays down for four hours: every attempt fails, each after a longer wait.
            while (Duration.between(outageStart, ClockUtil.getCurrentTime().toInstant()).compareTo(Duration.ofHours(4)) < 0) {
                Instant due = deliveryOf(ids.get(0)).orElseThrow().getLockExpirationTime().toInstant();
                waits.add(Duration.between(ClockUtil.getCurrentTime().toInstant(), due).plusSeconds(1));
                moveClockTo(due.plusSeconds(1));
                assertThat(deliverMail().retrying()).as("attempt during the outage").isEqualTo(2);
            }
        } finally {
            smtp = startSmtp();
        }
        Instant due = deliveryOf(ids.get(0)).orElseThrow().getLockExpirationTime().toInstant();
        moveClockTo(due.plusSeconds(1));
        assertThat(deliverMail().sent()).isEqualTo(2);

        System.out.println("Waits between attempts during a four-hour outage: " + waits);
        for (int i = 1; i < waits.size(); i++) {
            assertThat(waits.get(i)).as("wait " + i).isGreaterThanOrEqualTo(waits.get(i - 1));
        }
        runJobsUntilDone(5);
        for (String applicant : applicants) {
            assertThat(mailsTo(applicant)).as("one mail to " + applicant).hasSize(1);
        }
        for (String id : ids) {
            assertThat(notifications.get(id).status()).isEqualTo(NotificationStatus.SENT);
            assertThat(incidentsOf(id)).isZero();
        }
    }

    @Test
    void aRefusedRecipientFailsForGoodWithTheServersReplyWhileTheOthersGoOverOneConnection() throws Exception {
        deliverMail();
        Call call = openFirstStepCall();
        String first = applicant("en");
        String refused = applicant("fr");
        String last = applicant("en");
        String refusedApplication = null;
        List<String> ids = new ArrayList<>();
        for (String applicant : List.of(first, refused, last)) {
            String application = (String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id");
            ids.add(receiptOf(application));
            if (applicant.equals(refused)) {
                refusedApplication = application;
            }
        }
        smtp.stop();
        try (LoopbackSmtp.Scripted server = LoopbackSmtp.refusing(SMTP_PORT, Set.of(refused + "@test.grantflow.example"))) {
            MailDelivery.Pass pass = deliverMail();
            assertThat(pass.sent()).isEqualTo(2);
            assertThat(pass.refused()).isEqualTo(1);
            assertThat(server.connections()).as("SMTP connections for the batch").isEqualTo(1);
            assertThat(server.received()).extracting(r -> r.recipients().get(0))
                    .containsExactly(first + "@test.grantflow.example", last + "@test.grantflow.example");

            runJobsUntilDone(5); // never retried
            assertThat(server.connections()).isEqualTo(1);
            assertThat(server.received()).hasSize(2);
        } finally {
            smtp = startSmtp();
        }

        Notification failed = notifications.get(ids.get(1));
        assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.lastError()).contains("550 5.1.1", "no such mailbox here");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("End_Refused")
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(ids.get(1)).singleResult().getId()).count()).isEqualTo(1);
        assertThat(deliveryOf(ids.get(1))).isEmpty();

        // Managers see it, with the server's reply, in the outbox.
        List<Map> listed = get("/api/notifications?status=FAILED&reference=" + refusedApplication, manager(), List.class).getBody();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).containsEntry("recipientEmail", refused + "@test.grantflow.example")
                .containsEntry("status", "FAILED");
        assertThat((String) listed.get(0).get("lastError")).contains("550 5.1.1");
        // and on the call's dashboard page, with the reply.
        String page = new String(PortalSession.logIn(port, manager()).getPage("/portal/dashboard/calls/" + call.id()).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Messages the mail server refused", refused + "@test.grantflow.example", "550 5.1.1");
    }

    @Test
    void whenTheScheduleRunsOutTheMessageIsAnIncidentAndAnAdminRetryDeliversIt() throws Exception {
        deliverMail();
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        String id;
        smtp.stop();
        try {
            id = receiptOf((String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id"));
            deliverMail();
            for (int attempt = 0; attempt < 20 && deliveryOf(id).orElseThrow().getRetries() > 0; attempt++) {
                moveClockTo(deliveryOf(id).orElseThrow().getLockExpirationTime().toInstant().plusSeconds(1));
                deliverMail();
            }
        } finally {
            smtp = startSmtp();
        }
        ExternalTask delivery = deliveryOf(id).orElseThrow();
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(delivery.getProcessInstanceId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Task_Deliver");
        assertThat(incident.getIncidentMessage()).contains("Connection refused");
        assertThat(mailsTo(applicant)).isEmpty();
        Notification waiting = notifications.get(id);
        assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(RetrySchedule.parse(properties.retryCycle()).waits().size() + 1);

        // What an administrator does in Cockpit: give the task a retry.
        externalTasks.setRetries(delivery.getId(), 1);
        deliverMail();

        assertThat(mailsTo(applicant)).hasSize(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(delivery.getProcessInstanceId()).count()).isZero();
    }

    @Test
    void nobodyButADeliveryThreadTakesOrEndsADeliveryThroughEngineRest() {
        deliverMail();
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        String id = receiptOf((String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id"));
        String task = deliveryOf(id).orElseThrow().getId();
        String fetch = """
                {"workerId":"w","maxTasks":10,"topics":[{"topicName":"mail-delivery","lockDuration":60000}]}""";
        for (String user : List.of(applicant, user("reviewer", "en", "reviewers"), manager())) {
            EngineRest rest = EngineRest.as(http, user);
            ResponseEntity<String> fetched = rest.post("/external-task/fetchAndLock", fetch);
            assertThat(fetched.getStatusCode().value() == 403 || "[]".equals(fetched.getBody()))
                    .as(user + " fetched " + fetched).isTrue();
            for (String ending : List.of("/complete", "/bpmnError", "/failure")) {
                ResponseEntity<String> answer = rest.post("/external-task/" + task + ending,
                        "{\"workerId\":\"w\",\"errorCode\":\"MAIL_REFUSED\",\"errorMessage\":\"x\",\"retries\":0,\"retryTimeout\":0}");
                assertThat(answer.getStatusCode().is4xxClientError()).as(user + " " + ending + ": " + answer).isTrue();
            }
        }
        assertThat(deliverMail().sent()).isEqualTo(1);
        assertThat(mailsTo(applicant)).hasSize(1);
    }

    private String receiptOf(String applicationId) {
        return jdbc.sql("SELECT id FROM notification WHERE reference_id = ?").param(applicationId).query(String.class).single();
    }

    private Optional<ExternalTask> deliveryOf(String notificationId) {
        return Optional.ofNullable(externalTasks.createExternalTaskQuery().topicName(MailDelivery.TOPIC)
                .processInstanceId(Optional.ofNullable(engine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKey(notificationId).singleResult()).map(p -> p.getId()).orElse("none"))
                .singleResult());
    }

    private long incidentsOf(String notificationId) {
        String process = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(notificationId).singleResult().getId();
        return engine.getRuntimeService().createIncidentQuery().processInstanceId(process).count();
    }

    private void moveClock(Duration by) {
        moveClockTo(ClockUtil.getCurrentTime().toInstant().plus(by));
    }

    private void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
