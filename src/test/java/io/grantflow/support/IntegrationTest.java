package io.grantflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.Groups;
import io.grantflow.notification.MailDelivery;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One Spring context for every integration test: the real application on a random port, an in-memory
 * H2 database, and GreenMail as the SMTP server. Each test makes its own users and calls, so tests
 * do not depend on one another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false) // Boot's tests turn metrics export off; /actuator/prometheus is tested
@Import(MovableClock.Config.class)
public abstract class IntegrationTest {

    protected static final int SMTP_PORT = freePort();
    protected static GreenMail smtp = startSmtp();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired protected TestRestTemplate http;
    @Autowired protected ProcessEngine engine;
    @Autowired protected IdentityService identity;
    @Autowired protected ManagementService management;
    @Autowired protected CallService calls;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected MailDelivery mailDelivery;
    @LocalServerPort protected int port;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- people and calls ----

    /** A new applicant with a unique id; password = id. */
    protected String applicant(String language) {
        return user("applicant", language, Groups.APPLICANTS);
    }

    protected String manager() {
        return user("manager", "en", Groups.MANAGERS);
    }

    protected String user(String prefix, String language, String group) {
        String id = prefix + SEQUENCE.incrementAndGet() + System.nanoTime() % 100000;
        User user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName(prefix);
        user.setEmail(id + "@test.grantflow.example");
        user.setPassword(id);
        identity.saveUser(user);
        identity.createMembership(id, group);
        identity.setUserInfo(id, "language", language);
        return id;
    }

    protected Call openFirstStepCall() {
        return openCall(Map.of());
    }

    protected Call openCall(Map<String, Object> rules) {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        return calls.create(new CallService.NewCall("FIRST_STEP", "Test call " + SEQUENCE.incrementAndGet(),
                now.minusDays(1), now.plusDays(7), new BigDecimal("100000"), rules), "test");
    }

    // ---- submissions over HTTP ----

    public static Map<String, Object> eligibleApplication() {
        Map<String, Object> partner = Map.of("institution", "University of Tokyo", "country", "JP",
                "leadName", "Ken Sato", "email", "ken.sato@u-tokyo.example");
        return new HashMap<>(Map.of(
                "title", "Graphene photonics for quantum links",
                "abstractText", "We will build quantum links with graphene photonic circuits.",
                "keywords", List.of("graphene", "photonics", "quantum"),
                "budgetEur", 9500,
                "durationMonths", 12,
                "phdDate", "2021-06-30",
                "unitCode", "UMR1001",
                "partners", List.of(partner)));
    }

    protected ResponseEntity<Map> submit(String callId, String userId, Object application, byte[] proposal, String idempotencyKey) {
        return submitRaw(callId, userId, json(application), proposal, "proposal.pdf", idempotencyKey);
    }

    protected ResponseEntity<Map> submitRaw(String callId, String userId, String applicationJson, byte[] proposal,
                                            String fileName, String idempotencyKey) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (applicationJson != null) {
            HttpHeaders jsonHeaders = new HttpHeaders();
            jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
            parts.add("application", new HttpEntity<>(applicationJson, jsonHeaders));
        }
        if (proposal != null) {
            parts.add("proposal", pdfPart(proposal, fileName));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setBasicAuth(userId, userId);
        if (idempotencyKey != null) {
            headers.add("Idempotency-Key", idempotencyKey);
        }
        return http.exchange("/api/calls/" + callId + "/applications", HttpMethod.POST, new HttpEntity<>(parts, headers), Map.class);
    }

    /** A multipart file part of a PDF with its file name. */
    protected static HttpEntity<ByteArrayResource> pdfPart(byte[] pdf, String fileName) {
        return filePart(pdf, fileName, MediaType.APPLICATION_PDF);
    }

    /** A multipart file part with its file name, and its content type unless null (a browser may send none). */
    protected static HttpEntity<ByteArrayResource> filePart(byte[] content, String fileName, MediaType type) {
        HttpHeaders fileHeaders = new HttpHeaders();
        if (type != null) {
            fileHeaders.setContentType(type);
        }
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, fileHeaders);
    }

    protected <T> ResponseEntity<T> get(String path, String userId, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        if (userId != null) {
            headers.setBasicAuth(userId, userId);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }

    /** A JSON request (PUT, POST) as that user. */
    protected <T> ResponseEntity<T> sendJson(HttpMethod method, String path, String userId, String json, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(userId, userId);
        return http.exchange(path, method, new HttpEntity<>(json, headers), type);
    }

    protected String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real one-page PDF. */
    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the engine's jobs and the mail server ----

    /** Runs every due job once, as the job executor would, then delivers the due mail; returns the jobs' failures. */
    protected List<Exception> runJobs() {
        List<Exception> failures = new ArrayList<>();
        for (Job job : management.createJobQuery().executable().list()) {
            try {
                management.executeJob(job.getId());
            } catch (Exception e) {
                failures.add(e);
            }
        }
        deliverMail();
        return failures;
    }

    /** What a node's delivery thread does: passes over the due messages until none is left. */
    protected MailDelivery.Pass deliverMail() {
        int taken = 0, sent = 0, refused = 0, retrying = 0, held = 0;
        for (int pass = 0; pass < 100; pass++) {
            MailDelivery.Pass p = mailDelivery.deliverDue();
            if (p.taken() == 0) {
                break;
            }
            taken += p.taken();
            sent += p.sent();
            refused += p.refused();
            retrying += p.retrying();
            held += p.held();
        }
        return new MailDelivery.Pass(taken, sent, refused, retrying, held);
    }

    /**
     * The applicant applies to a new First Step call and the mail server refuses the receipt for his or her address
     * (a 550 reply, the message FAILED for good); returns the receipt's notification id.
     */
    protected String receiptRefusedByTheMailServer(String applicant) {
        deliverMail();
        Call call = openFirstStepCall();
        String application = (String) submit(call.id(), applicant, eligibleApplication(), pdf(), null).getBody().get("id");
        String receipt = jdbc.sql("SELECT id FROM notification WHERE reference_id = ?").param(application).query(String.class).single();
        smtp.stop();
        try (LoopbackSmtp.Scripted server = LoopbackSmtp.refusing(SMTP_PORT, Set.of(applicant + "@test.grantflow.example"))) {
            assertThat(deliverMail().refused()).isEqualTo(1);
        } finally {
            smtp = startSmtp();
        }
        return receipt;
    }

    /**
     * Runs every asynchronous continuation with retries left, and every message waiting for its next attempt,
     * whatever their due dates (a failed delivery waits for its retry), until none is left or the rounds run out.
     * Timers are left alone: in the shared context they belong to other tests' calls too. Returns the jobs' failures
     * (the engine has recorded each one and decremented the job's retries).
     */
    protected List<Exception> runJobsUntilDone(int rounds) {
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            List<Job> jobs = management.createJobQuery().messages().withRetriesLeft().list();
            List<ExternalTask> waiting = engine.getExternalTaskService().createExternalTaskQuery()
                    .topicName("mail-delivery").locked().withRetriesLeft().list();
            if (jobs.isEmpty() && waiting.isEmpty() && deliverMail().taken() == 0) {
                break;
            }
            for (Job job : jobs) {
                try {
                    management.executeJob(job.getId());
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            waiting.forEach(task -> engine.getExternalTaskService().unlock(task.getId()));
            deliverMail();
        }
        return failures;
    }

    protected List<MimeMessage> mailsTo(String userId) {
        String address = userId + "@test.grantflow.example";
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    protected static GreenMail startSmtp() {
        return LoopbackSmtp.start(SMTP_PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
