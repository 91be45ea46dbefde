package io.grantflow.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.grantflow.GrantflowApplication;
import io.grantflow.application.ApplicationForm;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.application.Partner;
import io.grantflow.application.ProposalFile;
import io.grantflow.application.SubmissionService;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.call.Programme;
import io.grantflow.identity.Groups;
import io.grantflow.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What Grantflow costs on top of the bare engine. In one JVM on H2, with the application's own engine:
 * N First Step submissions through {@link SubmissionService} (eligible, each until it waits for its call to
 * close, its receipt delivered to a GreenMail server), against N instances of a bare process with the same
 * steps and no-op delegates, and against the same bare process when it also starts a bare delivery process
 * with an async no-op step. A warm-up round, then several measured rounds, each printed.
 *
 * <p>Arguments: [N per round, default 300] [measured rounds, default 5].
 */
public final class EngineOverheadBenchmark {

    private final ConfigurableApplicationContext context;
    private final ProcessEngine engine;
    private final ManagementService management;
    private final SubmissionService submissions;
    private final CallService calls;
    private final byte[] proposal = IntegrationTest.pdf();
    private int sequence;

    private EngineOverheadBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.engine = context.getBean(ProcessEngine.class);
        this.management = engine.getManagementService();
        this.submissions = context.getBean(SubmissionService.class);
        this.calls = context.getBean(CallService.class);
        BareProcesses.deploy(engine.getRepositoryService());
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GrantflowApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort,
                        "spring.datasource.url=jdbc:h2:mem:engine-overhead;DB_CLOSE_DELAY=-1",
                        "logging.level.root=WARN", "spring.main.banner-mode=off")
                .run();
        try {
            new EngineOverheadBenchmark(context).run(n, rounds);
        } finally {
            context.close();
            smtp.stop();
        }
        // A thread left by a library keeps the JVM alive after the context closed; the figures are printed.
        System.exit(0);
    }

    private void run(int n, int rounds) {
        System.out.printf("Engine overhead benchmark: N=%d per round, %d measured rounds, H2 in memory, history level %s%n",
                n, rounds, engine.getProcessEngineConfiguration().getHistory());
        round("warm-up", n);
        List<double[]> results = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            results.add(round("round " + r, n));
        }
        double[] median = new double[3];
        for (int i = 0; i < 3; i++) {
            int column = i;
            median[i] = results.stream().mapToDouble(x -> x[column]).sorted().toArray()[results.size() / 2];
        }
        System.out.printf("median: grantflow %.1f/s, bare %.1f/s, bare+delivery %.1f/s, ratio %.2f, ratio to bare+delivery %.2f%n",
                median[0], median[1], median[2], median[0] / median[1], median[0] / median[2]);
    }

    /** One round of each kind; returns the three throughputs (instances per second). */
    private double[] round(String name, int n) {
        List<String> applicants = applicants(n);
        Call call = openCall();
        long t0 = System.nanoTime();
        for (String applicant : applicants) {
            SubmissionService.Submitted s = submissions.submit(call.id(), applicant, form(), new ProposalFile("proposal.pdf", proposal), null);
            if (s.application().status() != ApplicationStatus.ELIGIBLE) {
                throw new IllegalStateException("not eligible: " + s.application().status());
            }
        }
        long t1 = System.nanoTime();
        int deliveries = runJobs();
        long t2 = System.nanoTime();
        // At least one delivery per receipt; opening the call may queue a job of its own.
        check(deliveries >= n, "deliveries " + deliveries);
        check(waitingAtCallClosed(call) == n, "waiting applications");

        long b0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            BareProcesses.start(engine.getRuntimeService(), BareProcesses.BARE, "bare-" + name + "-" + i);
        }
        long b1 = System.nanoTime();

        long d0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            BareProcesses.start(engine.getRuntimeService(), BareProcesses.BARE_WITH_DELIVERY, "bared-" + name + "-" + i);
        }
        int bareDeliveries = runJobs();
        long d1 = System.nanoTime();
        check(bareDeliveries == n, "bare deliveries " + bareDeliveries);

        double grantflow = n / seconds(t2 - t0);
        double bare = n / seconds(b1 - b0);
        double bareWithDelivery = n / seconds(d1 - d0);
        System.out.printf("%-8s grantflow %6.1f/s (submit %.2f ms, deliver %.2f ms each) | bare %6.1f/s | bare+delivery %6.1f/s | ratio %.2f | ratio to bare+delivery %.2f%n",
                name, grantflow, millis(t1 - t0) / n, millis(t2 - t1) / n, bare, bareWithDelivery, grantflow / bare, grantflow / bareWithDelivery);
        return new double[]{grantflow, bare, bareWithDelivery};
    }

    /** Executes every due job, as the job executor would (one job, one transaction); returns how many ran. */
    private int runJobs() {
        int done = 0;
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().executable().listPage(0, 500)).isEmpty()) {
            for (Job job : jobs) {
                management.executeJob(job.getId());
                done++;
            }
        }
        return done;
    }

    private long waitingAtCallClosed(Call call) {
        return engine.getRuntimeService().createExecutionQuery().activityId("Catch_CallClosed")
                .processVariableValueEquals("callId", call.id()).count();
    }

    private List<String> applicants(int n) {
        IdentityService identity = engine.getIdentityService();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "benchapplicant" + (++sequence);
            User user = identity.newUser(id);
            user.setFirstName("Bench");
            user.setLastName("Applicant " + sequence);
            user.setEmail(id + "@bench.grantflow.example");
            identity.saveUser(user);
            identity.createMembership(id, Groups.APPLICANTS);
            identity.setUserInfo(id, "language", i % 2 == 0 ? "en" : "fr");
            ids.add(id);
        }
        return ids;
    }

    private Call openCall() {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        return calls.create(new CallService.NewCall(Programme.FIRST_STEP, "Benchmark call " + (++sequence),
                now.minusDays(1), now.plusDays(30), new BigDecimal("10000000"), Map.of()), "bench");
    }

    private static ApplicationForm form() {
        return new ApplicationForm("Graphene photonics for quantum links",
                "We will build quantum links with graphene photonic circuits.",
                List.of("graphene", "photonics", "quantum"), new BigDecimal("9500"), 12, LocalDate.of(2021, 6, 30), "UMR1001",
                List.of(new Partner("University of Tokyo", "JP", "Ken Sato", "ken.sato@u-tokyo.example")), null);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark run is wrong: " + what);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
