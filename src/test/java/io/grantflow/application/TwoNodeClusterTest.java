package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.Groups;
import io.grantflow.review.ReviewerAssignmentService;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import io.grantflow.support.ApiClient;
import io.grantflow.support.EmbeddedPostgresServer;
import io.grantflow.support.InProcessNode;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.LoopbackSmtp;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL, each with its job executor, sending to one mail server.
 * Hundreds of First Step applications go in through both nodes' HTTP APIs; then the call closes and
 * reviewers are assigned. Every application must have one process, every message must arrive once,
 * no job may run twice, and both nodes must have done part of the work.
 */
class TwoNodeClusterTest {

    /** -Dgrantflow.cluster.applications=N to try another size. */
    static final int APPLICATIONS = Integer.getInteger("grantflow.cluster.applications", 500);
    static final int CLIENTS = 8;
    static final int REVIEWERS = 25;

    private final List<InProcessNode> nodes = new ArrayList<>();
    private GreenMail smtp;

    @AfterEach
    void stop() {
        Collections.reverse(nodes);
        nodes.forEach(InProcessNode::close);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void twoNodesShareTheWorkAndDoEachThingOnce() throws Exception {
        int smtpPort = freePort();
        smtp = LoopbackSmtp.start(smtpPort);
        String url = EmbeddedPostgresServer.newDatabase("grantflow_cluster");
        // One after the other: the first node creates Camunda's schema, which two nodes must not do at once.
        InProcessNode a = start("node-a", url, smtpPort);
        RepositoryService repository = a.bean(RepositoryService.class);
        long deployments = repository.createDeploymentQuery().count();
        InProcessNode b = start("node-b", url, smtpPort);
        JdbcClient jdbc = a.bean(JdbcClient.class);
        // The second node found the same programmes deployed: duplicate filtering made no second version.
        assertThat(deployments).as("the shared processes and one deployment per programme").isGreaterThanOrEqualTo(4);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionVersion(2).count()).isZero();

        Call call = callWithPanel(a);
        List<String> applicants = applicants(a.bean(IdentityService.class), APPLICATIONS);

        long started = System.nanoTime();
        List<String> ids = submitThroughBothNodes(call, applicants, List.of(a.api(), b.api()));
        double submitSeconds = seconds(started);
        assertThat(ids).hasSize(APPLICATIONS).doesNotHaveDuplicates();

        awaitWhileWorkGoesOn(jdbc, () ->
                count(jdbc, "SELECT COUNT(*) FROM notification WHERE status = 'PENDING'") == 0 && jobCount(a) == 0);
        double receiptsSeconds = seconds(started);

        closeCall(a, jdbc, call);
        awaitWhileWorkGoesOn(jdbc, () ->
                count(jdbc, "SELECT COUNT(*) FROM notification WHERE template = 'review-invitation' AND status = 'SENT'") == 2L * APPLICATIONS
                        && jobCount(a) == 0);
        double allSeconds = seconds(started);
        System.out.printf("TwoNodeCluster: %d applications submitted in %.1f s, receipts delivered at %.1f s, "
                + "reviewers assigned and invited at %.1f s%n", APPLICATIONS, submitSeconds, receiptsSeconds, allSeconds);

        // Every application: one row with one process instance, stored by whichever node took it.
        assertThat(count(jdbc, "SELECT COUNT(*) FROM application WHERE call_id = ? AND process_instance_id IS NOT NULL", call.id()))
                .isEqualTo(APPLICATIONS);
        assertThat(count(jdbc, """
                SELECT COUNT(*) FROM act_hi_procinst p JOIN application a ON a.id = p.business_key_
                WHERE p.proc_def_key_ = 'first-step-application' AND a.call_id = ?""", call.id())).isEqualTo(APPLICATIONS);
        assertThat(a.bean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey("review-round").count())
                .isEqualTo(APPLICATIONS);

        // Every message once: a receipt per applicant, an invitation per assigned reviewer and application.
        long messages = count(jdbc, "SELECT COUNT(*) FROM notification");
        assertThat(messages).isEqualTo(3L * APPLICATIONS);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM notification WHERE status <> 'SENT'")).isZero();
        Map<String, Long> received = receivedPerRecipientAndSubject();
        assertThat(received.values()).allMatch(n -> n == 1);
        assertThat(received).hasSize((int) messages);
        assertThat(applicants).allMatch(id -> received.keySet().stream().anyMatch(k -> k.startsWith(id + "@")));

        // No job ran twice and none failed for good.
        // (The history cleanup job is the one job that runs again and again under one id, in its nightly window.)
        assertThat(jdbc.sql("""
                SELECT job_id_ || ' ' || MIN(COALESCE(job_def_type_, '-')) || ' ' || MIN(COALESCE(act_id_, '')) || ' ' || STRING_AGG(hostname_, ',')
                FROM act_hi_job_log WHERE job_state_ = 2 AND COALESCE(job_def_type_, '') <> 'history-cleanup'
                GROUP BY job_id_ HAVING COUNT(*) > 1""").query(String.class).list()).isEmpty();
        assertThat(count(jdbc, "SELECT COUNT(*) FROM act_ru_incident")).isZero();
        Map<String, Long> jobsPerNode = jdbc.sql("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.println("TwoNodeCluster: jobs run per node " + jobsPerNode + ", failed job attempts "
                + count(jdbc, "SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1"));
        // The call's few jobs (its closing, the assignment) run on whichever node acquires them first.
        assertThat(jobsPerNode).isNotEmpty();
        assertThat(jobsPerNode.keySet()).isSubsetOf("node-a", "node-b");
        // Deliveries: no message's task completed twice, and both nodes' delivery threads delivered.
        assertThat(jdbc.sql("SELECT ext_task_id_ FROM act_hi_ext_task_log WHERE state_ = 2 GROUP BY ext_task_id_ HAVING COUNT(*) > 1")
                .query(String.class).list()).isEmpty();
        Map<String, Long> deliveriesPerWorker = jdbc.sql("SELECT worker_id_, COUNT(*) FROM act_hi_ext_task_log WHERE state_ = 2 GROUP BY worker_id_")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.println("TwoNodeCluster: messages delivered per delivery thread " + deliveriesPerWorker);
        assertThat(deliveriesPerWorker).hasSize(2);
        assertThat(deliveriesPerWorker.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(messages);
    }

    /**
     * Waits until done, for as long as the nodes keep finishing jobs: on a machine shared with other builds the
     * same work takes 1 or 10 minutes, so the test fails on a stall (no job finished for 5 minutes), not on slowness.
     */
    private static void awaitWhileWorkGoesOn(JdbcClient jdbc, Callable<Boolean> done) {
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        AtomicLong finishedJobs = new AtomicLong(-1);
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            long finished = count(jdbc, "SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2");
            if (finishedJobs.getAndSet(finished) != finished) {
                lastProgress.set(System.nanoTime());
            }
            if (System.nanoTime() - lastProgress.get() > Duration.ofMinutes(5).toNanos()) {
                throw new AssertionError("no job finished for 5 minutes; " + finished + " finished so far");
            }
            return done.call();
        });
    }

    private InProcessNode start(String name, String url, int smtpPort) {
        InProcessNode node = InProcessNode.start(name, url, smtpPort, Map.of(
                "grantflow.notification.retry-cycle", "R3/PT5S",
                // an idle executor looks for new jobs at least every second (the default backs off to a minute)
                "camunda.bpm.job-execution.wait-time-in-millis", "500",
                "camunda.bpm.job-execution.max-wait", "1000"));
        nodes.add(node);
        return node;
    }

    /** A call closing in an hour, with a panel large enough for two reviewers per application. */
    private Call callWithPanel(InProcessNode node) {
        IdentityService identity = node.bean(IdentityService.class);
        ReviewerService reviewers = node.bean(ReviewerService.class);
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            String id = "reviewer" + i;
            createUser(identity, id, Groups.REVIEWERS);
            reviewers.save(new ReviewerProfile(id, "Institute " + i, i % 2 == 0 ? "JP" : "DE",
                    List.of("photonics", i % 3 == 0 ? "graphene" : "quantum"), "photonics", 2 * APPLICATIONS / REVIEWERS + 10));
            panel.add(id);
        }
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Call.FUNDER_ZONE);
        Call call = node.bean(CallService.class).create(new CallService.NewCall("FIRST_STEP", "Cluster call",
                now.minusDays(1), now.plusHours(1), new BigDecimal("5000000"), Map.of()), "test");
        node.bean(ReviewerAssignmentService.class).setPanel(call.id(), panel);
        return call;
    }

    private static List<String> applicants(IdentityService identity, int n) {
        return IntStream.range(0, n).mapToObj(i -> createUser(identity, "applicant" + i, Groups.APPLICANTS)).toList();
    }

    private static String createUser(IdentityService identity, String id, String group) {
        User user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName(id);
        user.setEmail(id + "@test.grantflow.example");
        user.setPassword(ApiClient.password(id));
        identity.saveUser(user);
        identity.createMembership(id, group);
        return id;
    }

    /** Several client threads; application i goes to node i mod 2. Returns the ids of the 201 answers. */
    private static List<String> submitThroughBothNodes(Call call, List<String> applicants, List<ApiClient> nodes) throws Exception {
        byte[] proposal = IntegrationTest.pdf();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < applicants.size(); i++) {
                int n = i;
                answers.add(clients.submit(() -> {
                    Map<String, Object> application = new HashMap<>(IntegrationTest.eligibleApplication());
                    application.put("title", "Cluster application " + n);
                    ApiClient.Response response = nodes.get(n % nodes.size()).submit(call.id(), applicants.get(n), application, proposal, null);
                    if (response.status() != 201) {
                        throw new IllegalStateException("application " + n + " refused: " + response);
                    }
                    return response.field("id");
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get());
            }
            return ids;
        } finally {
            clients.shutdownNow();
        }
    }

    /** Moves the call's closing instant to now and makes its timer due; a node's job executor takes it from there. */
    private static void closeCall(InProcessNode node, JdbcClient jdbc, Call call) {
        jdbc.sql("UPDATE grant_call SET closes_at = CURRENT_TIMESTAMP WHERE id = ?").param(call.id()).update();
        String callProcess = node.bean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey("grant-call").processInstanceBusinessKey(call.id()).singleResult().getId();
        ManagementService management = node.bean(ManagementService.class);
        Job timer = management.createJobQuery().processInstanceId(callProcess).timers().singleResult();
        management.setJobDuedate(timer.getId(), new Date());
    }

    private Map<String, Long> receivedPerRecipientAndSubject() {
        return List.of(smtp.getReceivedMessages()).stream().collect(Collectors.groupingBy(TwoNodeClusterTest::recipientAndSubject,
                Collectors.counting()));
    }

    private static String recipientAndSubject(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0] + " " + m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long jobCount(InProcessNode node) {
        return node.bean(ManagementService.class).createJobQuery().executable().count();
    }

    private static long count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
