package io.grantflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.LoopbackSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * A mail server that accepts connections and never answers jams nothing: more deliveries hang on it than the
 * database pool has connections, and 100 submissions with their page loads answer meanwhile; the SMTP read timeout
 * ends each hanging delivery, and every message goes once the server is back.
 */
class MailJamTest extends IntegrationTest {

    @Autowired DataSource dataSource;
    @Autowired NotificationService notifications;

    @Test
    void aSilentMailServerHoldsDeliveryThreadsButNoDatabaseConnection() throws Exception {
        deliverMail(); // other tests' messages are not part of this one
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int hanging = pool.getMaximumPoolSize() + 5;
        Call call = openFirstStepCall();
        List<String> applicants = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < hanging; i++) {
            String applicant = applicant("en");
            String application = (String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id");
            applicants.add(applicant);
            receipts.add(jdbc.sql("SELECT id FROM notification WHERE reference_id = ?").param(application).query(String.class).single());
        }

        smtp.stop();
        // As many delivery threads as messages, each taking one: as many nodes would, each with its delivery thread.
        ExecutorService deliveryThreads = Executors.newFixedThreadPool(hanging);
        List<Future<MailDelivery.Pass>> deliveries = new ArrayList<>();
        try (LoopbackSmtp.Scripted silent = LoopbackSmtp.silent(SMTP_PORT)) {
            for (int i = 0; i < hanging; i++) {
                deliveries.add(deliveryThreads.submit(this::takeOne));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> silent.openConnections() == hanging);
            int busyWhileHanging = pool.getHikariPoolMXBean().getActiveConnections();

            String manager = manager();
            long slowest = 0;
            int maxBusy = 0;
            List<Integer> statuses = new ArrayList<>();
            long loadStart = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                String applicant = applicant(i % 2 == 0 ? "en" : "fr");
                applicants.add(applicant);
                long t0 = System.nanoTime();
                ResponseEntity<Map> submitted = submit(call.id(), applicant, eligibleApplication(), pdf(), null);
                String id = (String) submitted.getBody().get("id");
                ResponseEntity<Map> page = get("/api/applications/" + id, applicant, Map.class);
                ResponseEntity<List> outbox = get("/api/notifications?limit=20", manager, List.class);
                ResponseEntity<String> portal = get("/portal/applications/" + id, applicant, String.class);
                slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
                maxBusy = Math.max(maxBusy, pool.getHikariPoolMXBean().getActiveConnections());
                statuses.addAll(List.of(submitted.getStatusCode().value(), page.getStatusCode().value(),
                        outbox.getStatusCode().value(), portal.getStatusCode().value()));
            }
            long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
            System.out.printf("MailJam: %d deliveries hanging on a silent server, pool of %d (%d busy while they hang, at most %d "
                            + "during the load); 100 submissions with 3 page loads each in %d ms, slowest round %d ms%n",
                    hanging, pool.getMaximumPoolSize(), busyWhileHanging, maxBusy, loadMillis, slowest);

            assertThat(busyWhileHanging).as("connections in use while %d deliveries hang", hanging).isLessThanOrEqualTo(2);
            assertThat(statuses).as("answers during the jam").allMatch(status -> status < 300).hasSize(400);
            assertThat(maxBusy).isLessThan(pool.getMaximumPoolSize());
            assertThat(slowest).as("slowest submission with its page loads, ms (an exhausted pool waits 30 s)").isLessThan(15_000);

            // The read timeout ends each hanging delivery by itself; the server never said a word.
            for (Future<MailDelivery.Pass> delivery : deliveries) {
                assertThat(delivery.get(90, TimeUnit.SECONDS).retrying()).isEqualTo(1);
            }
        } finally {
            deliveryThreads.shutdownNow();
            smtp = startSmtp();
        }
        for (String id : receipts) {
            Notification n = notifications.get(id);
            assertThat(n.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(n.attempts()).isEqualTo(1);
            assertThat(n.lastError()).containsIgnoringCase("timed out");
        }

        runJobsUntilDone(5);
        for (String applicant : applicants) {
            assertThat(mailsTo(applicant)).as("mails to " + applicant).hasSize(1);
        }
    }

    /** One message for this thread: threads that fetch at the same moment compete for the same task, the losers get none. */
    private MailDelivery.Pass takeOne() throws InterruptedException {
        MailDelivery.Pass pass = mailDelivery.deliverDue(1);
        for (int attempt = 0; pass.taken() == 0 && attempt < 200; attempt++) {
            Thread.sleep(20);
            pass = mailDelivery.deliverDue(1);
        }
        return pass;
    }
}
