package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.grantflow.support.ApiClient;
import io.grantflow.support.AppNode;
import io.grantflow.support.EmbeddedPostgresServer;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.LoopbackSmtp;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node is killed (kill -9) while applicants submit, then started again on the same database. Every
 * submission that was answered 201 must still be there with its process, each process must go on to
 * wait for the call to close, and every applicant must get a receipt. Receipts may arrive twice (a mail
 * sent just before the kill, whose job had not committed, is sent again): that is counted and printed.
 */
class CrashRecoveryTest {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-crash-password";
    static final int APPLICANTS = 80;
    static final int CLIENTS = 6;
    /** The node is killed once this many submissions have been answered 201. */
    static final int KILL_AFTER = 25;

    static int smtpPort;
    static GreenMail smtp;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startMailServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        smtp = LoopbackSmtp.start(smtpPort);
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    /** The default database: application.yaml's H2 file under ./data of the node's working directory. */
    @Test
    void onTheH2FileDatabaseNoAnsweredSubmissionIsLost(@TempDir Path workDir) throws Exception {
        crashAndRecover(workDir, Map.of(), "h2");
    }

    @Test
    void onPostgresqlNoAnsweredSubmissionIsLost(@TempDir Path workDir) throws Exception {
        String url = EmbeddedPostgresServer.newDatabase("grantflow_crash");
        crashAndRecover(workDir, Map.of("spring.profiles.active", "postgres", "spring.datasource.url", url,
                "spring.datasource.username", EmbeddedPostgresServer.USER,
                "spring.datasource.password", EmbeddedPostgresServer.PASSWORD), "pg");
    }

    private void crashAndRecover(Path workDir, Map<String, String> database, String prefix) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        Map<String, String> properties = nodeProperties(database);
        List<String> applicants = IntStream.range(0, APPLICANTS).mapToObj(i -> prefix + "applicant" + i).toList();
        String callId;
        Map<String, String> answered = new ConcurrentHashMap<>(); // applicant -> application id, for each 201
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        try (AppNode first = AppNode.start("node-1", workDir, jvmOptions(), properties, Duration.ofSeconds(180))) {
            ApiClient api = first.api();
            assertThat(api.addToGroup(ADMIN, ADMIN_PASSWORD, "managers", ADMIN).status()).isEqualTo(204);
            callId = api.openFirstStepCall(ADMIN, ADMIN_PASSWORD, "Crash call " + prefix);
            for (String applicant : applicants) {
                assertThat(api.register(applicant).status()).isEqualTo(201);
            }
            submitAndKill(first, callId, applicants, answered, attempted);
        }
        System.out.printf("CrashRecovery[%s]: %d submissions answered 201 before the kill, %d attempted%n",
                prefix, answered.size(), attempted.size());
        assertThat(answered.size()).isGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(attempted.size()).isLessThan(APPLICANTS); // the kill really came in the middle

        try (AppNode second = AppNode.start("node-2", workDir, jvmOptions(), properties, Duration.ofSeconds(180))) {
            ApiClient api = second.api();
            // Every answered submission is stored, with exactly one process, which went on to wait for the call to close.
            for (Map.Entry<String, String> a : answered.entrySet()) {
                ApiClient.Response application = api.get("/api/applications/" + a.getValue(), a.getKey(), ApiClient.password(a.getKey()));
                assertThat(application.status()).as("application of %s", a.getKey()).isEqualTo(200);
                assertThat(application.field("status")).isEqualTo("ELIGIBLE");
                assertThat(processesOf(api, a.getValue(), "")).isEqualTo(1);
                assertThat(processesOf(api, a.getValue(), "&activityIdIn=Catch_CallClosed")).isEqualTo(1);
            }
            // A submission cut by the kill is all there or not at all: never a row without its process.
            int storedWithoutAnswer = 0;
            for (String applicant : attempted) {
                JsonNode mine = JSON.readTree(api.get("/api/applications", applicant, ApiClient.password(applicant)).body());
                assertThat(mine.size()).isLessThanOrEqualTo(1);
                if (mine.size() == 1) {
                    String id = mine.get(0).get("id").asText();
                    assertThat(processesOf(api, id, "&activityIdIn=Catch_CallClosed")).as("process of %s", id).isEqualTo(1);
                    storedWithoutAnswer += answered.containsKey(applicant) ? 0 : 1;
                }
            }
            // Every stored application gets its receipt, delivered by the new node; none is left pending and nothing failed.
            Set<String> stored = attempted.stream().filter(applicant -> hasApplication(api, applicant)).collect(Collectors.toSet());
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(receiptsPerApplicant().keySet()).containsAll(stored));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    JSON.readTree(api.get("/api/notifications?status=PENDING", ADMIN, ADMIN_PASSWORD).body()).isEmpty());
            assertThat(JSON.readTree(api.get("/engine-rest/incident/count", ADMIN, ADMIN_PASSWORD).body()).get("count").asInt()).isZero();

            Map<String, Long> receipts = receiptsPerApplicant();
            long twice = receipts.values().stream().filter(n -> n > 1).count();
            assertThat(receipts.keySet()).isEqualTo(stored);
            assertThat(receipts.values()).allMatch(n -> n <= 2);
            System.out.printf("CrashRecovery[%s]: %d applications stored (%d of them without a 201 answer), "
                    + "%d receipts, %d of them sent twice across the crash%n", prefix, stored.size(), storedWithoutAnswer,
                    receipts.values().stream().mapToLong(Long::longValue).sum(), twice);
        }
    }

    /** Clients submit, one application per applicant, until the node dies under them. */
    private void submitAndKill(AppNode node, String callId, List<String> applicants, Map<String, String> answered,
                               Set<String> attempted) throws Exception {
        byte[] proposal = IntegrationTest.pdf();
        ApiClient api = node.api();
        CountDownLatch enough = new CountDownLatch(KILL_AFTER);
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < applicants.size(); i = next.getAndIncrement()) {
                    String applicant = applicants.get(i);
                    Map<String, Object> application = new HashMap<>(IntegrationTest.eligibleApplication());
                    application.put("title", "Crash application " + i);
                    attempted.add(applicant);
                    try {
                        ApiClient.Response response = api.submit(callId, applicant, application, proposal, "key-" + applicant);
                        if (response.status() == 201) {
                            answered.put(applicant, response.field("id"));
                            enough.countDown();
                        }
                    } catch (IOException nodeGone) {
                        return null; // the node was killed under this request
                    }
                }
                return null;
            });
        }
        assertThat(enough.await(120, TimeUnit.SECONDS)).as("%d submissions answered", KILL_AFTER).isTrue();
        node.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    private static int processesOf(ApiClient api, String applicationId, String filter) throws Exception {
        ApiClient.Response count = api.get("/engine-rest/process-instance/count?processDefinitionKey=first-step-application&businessKey="
                + applicationId + filter, ADMIN, ADMIN_PASSWORD);
        return JSON.readTree(count.body()).get("count").asInt();
    }

    private static boolean hasApplication(ApiClient api, String applicant) {
        try {
            return !JSON.readTree(api.get("/api/applications", applicant, ApiClient.password(applicant)).body()).isEmpty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Receipts received by GreenMail, counted per applicant (the local part of the address). */
    private static Map<String, Long> receiptsPerApplicant() {
        return List.of(smtp.getReceivedMessages()).stream()
                .filter(m -> subject(m).startsWith("We have received"))
                .collect(Collectors.groupingBy(CrashRecoveryTest::applicantOf, Collectors.counting()));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String applicantOf(MimeMessage m) {
        try {
            String address = m.getRecipients(Message.RecipientType.TO)[0].toString();
            return address.substring(0, address.indexOf('@'));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> nodeProperties(Map<String, String> database) {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(smtpPort));
        properties.put("grantflow.notification.retry-cycle", "R5/PT2S");
        // Messages taken by the killed node are taken again once its claim has passed: 10 s here instead of 10 minutes.
        properties.put("grantflow.notification.lock-duration", "PT10S");
        // A job locked by the killed node is taken again once its lock expires: 10 s here instead of 5 minutes.
        properties.put("camunda.bpm.job-execution.lock-time-in-millis", "10000");
        properties.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        properties.put("camunda.bpm.job-execution.max-wait", "1000");
        properties.put("logging.level.org.camunda.bpm.engine.jobexecutor", "WARN");
        return properties;
    }

    /** Faster start-up for a short-lived node; the benchmark uses the full compiler. */
    private static List<String> jvmOptions() {
        return List.of("-Xmx600m", "-XX:TieredStopAtLevel=1", "-Xshare:auto");
    }
}
