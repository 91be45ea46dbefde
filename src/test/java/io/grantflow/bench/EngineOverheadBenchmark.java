package io.grantflow.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import io.grantflow.GrantflowApplication;
import io.grantflow.application.ApplicationForm;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.application.Partner;
import io.grantflow.application.ProposalFile;
import io.grantflow.application.SubmissionService;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.Groups;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.LoopbackSmtp;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What Grantflow costs on top of the bare engine, in one JVM on H2 with the application's own engine and its
 * job executor running, as in production. Three kinds of run, N instances each, timed from the first start
 * until the last receipt is delivered:
 * <ul>
 *   <li>Grantflow: N First Step submissions through {@link SubmissionService} (eligible, each waiting for its
 *   call to close), each receipt delivered over SMTP to a GreenMail server by a notification-delivery process;</li>
 *   <li>bare + delivery: the same steps with no-op delegates, the receipt step starting a one-step delivery
 *   process whose task is asynchronous, as Grantflow's is;</li>
 *   <li>bare: the same application steps without the delivery process.</li>
 * </ul>
 * Warm-up rounds, then measured rounds (the order of the kinds rotates), each printed, then the medians. Each line
 * also gives the CPU time the whole JVM spent per instance (engine, job executor, mail server, garbage collector).
 *
 * <p>Arguments: [N per round, default 500] [warm-up rounds, default 5] [measured rounds, default 7]
 * [Spring properties to try, --name=value ...].
 */
public final class EngineOverheadBenchmark {

    /** CPU time of the whole JVM: the engine, the job executor, the mail server and the garbage collector. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Time the JIT compilers spent in a round: on two cores, compiling competes with the work measured. */
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private final ConfigurableApplicationContext context;
    private final ProcessEngine engine;
    private final ManagementService management;
    private final SubmissionService submissions;
    private final CallService calls;
    private final GreenMail smtp;
    private final byte[] proposal = IntegrationTest.pdf();
    private int sequence;

    private EngineOverheadBenchmark(ConfigurableApplicationContext context, GreenMail smtp) {
        this.context = context;
        this.smtp = smtp;
        this.engine = context.getBean(ProcessEngine.class);
        this.management = engine.getManagementService();
        this.submissions = context.getBean(SubmissionService.class);
        this.calls = context.getBean(CallService.class);
        BareProcesses.deploy(engine.getRepositoryService());
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmUpRounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        int smtpPort = freePort();
        GreenMail smtp = LoopbackSmtp.start(smtpPort);
        List<String> springArgs = new ArrayList<>(List.of("--server.port=0", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort, "--spring.datasource.url=jdbc:h2:mem:engine-overhead;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=true", "--grantflow.notification.delivery-thread=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        springArgs.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
        // Command-line arguments, so that they win over the test profile (which stops the job executor).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GrantflowApplication.class)
                .profiles("test")
                .run(springArgs.toArray(String[]::new));
        try {
            new EngineOverheadBenchmark(context, smtp).run(n, warmUpRounds, rounds);
        } finally {
            context.close();
            smtp.stop();
        }
        // A thread left by a library keeps the JVM alive after the context closed; the figures are printed.
        System.exit(0);
    }

    private void run(int n, int warmUpRounds, int rounds) {
        System.out.printf("Engine overhead benchmark: N=%d per round, %d warm-up and %d measured rounds, H2 in memory, history level %s, job executor on%n",
                n, warmUpRounds, rounds, engine.getProcessEngineConfiguration().getHistory());
        // The JIT needs a few thousand instances of each kind before the figures settle (Grantflow's longer
        // path settles last): the warm-up rounds are printed but not counted.
        for (int w = 1; w <= warmUpRounds; w++) {
            round("warm-up " + w, n, w);
        }
        List<double[]> results = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            results.add(round("round " + r, n, r));
        }
        System.out.printf("median of %d rounds: grantflow %.1f/s, bare+delivery %.1f/s, bare %.1f/s; "
                        + "ratio to bare+delivery %.2f (lowest %.2f), ratio to bare %.2f; CPU per instance %.2f / %.2f / %.2f ms%n",
                rounds, median(results, 0), median(results, 1), median(results, 2),
                median(results, 6), results.stream().mapToDouble(x -> x[6]).min().orElseThrow(), median(results, 7),
                median(results, 3), median(results, 4), median(results, 5));
    }

    private static double median(List<double[]> results, int column) {
        double[] sorted = results.stream().mapToDouble(x -> x[column]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /**
     * One round of each kind, in an order that rotates with the round. Returns the three throughputs per second,
     * the three CPU times per instance, and this round's two ratios (paired in time, so less exposed to a noisy neighbour).
     */
    private double[] round(String name, int n, int rotation) {
        double[] throughput = new double[3];
        double[] cpuMillis = new double[3];
        double submitMillis = 0;
        long jit0 = JIT.getTotalCompilationTime();
        for (int k = 0; k < 3; k++) {
            int kind = (k + rotation) % 3;
            long cpu0 = CPU.getProcessCpuTime();
            switch (kind) {
                case 0 -> {
                    double[] grantflow = grantflow(n);
                    throughput[0] = grantflow[0];
                    submitMillis = grantflow[1];
                }
                case 1 -> throughput[1] = bare(BareProcesses.BARE_WITH_DELIVERY, BareProcesses.BARE_DELIVERY, name + "-d", n);
                default -> throughput[2] = bare(BareProcesses.BARE, null, name, n);
            }
            cpuMillis[kind] = millis(CPU.getProcessCpuTime() - cpu0) / n;
        }
        System.out.printf("%-10s grantflow %6.1f/s (answered in %.2f ms, CPU %.2f ms each) | bare+delivery %6.1f/s (CPU %.2f ms) | bare %6.1f/s (CPU %.2f ms) | ratio to bare+delivery %.2f | ratio to bare %.2f | JIT %d ms%n",
                name, throughput[0], submitMillis, cpuMillis[0], throughput[1], cpuMillis[1], throughput[2], cpuMillis[2],
                throughput[0] / throughput[1], throughput[0] / throughput[2], JIT.getTotalCompilationTime() - jit0);
        return new double[]{throughput[0], throughput[1], throughput[2], cpuMillis[0], cpuMillis[1], cpuMillis[2],
                throughput[0] / throughput[1], throughput[0] / throughput[2]};
    }

    /** N submissions until every receipt is in the mailbox; returns {per second, milliseconds per submission}. */
    private double[] grantflow(int n) {
        List<String> applicants = applicants(n);
        Call call = openCall();
        int mailsBefore = smtp.getReceivedMessages().length;
        long t0 = System.nanoTime();
        for (String applicant : applicants) {
            SubmissionService.Submitted s = submissions.submit(call.id(), applicant, form(), new ProposalFile("proposal.pdf", proposal), null);
            if (s.application().status() != ApplicationStatus.ELIGIBLE) {
                throw new IllegalStateException("not eligible: " + s.application().status());
            }
        }
        long t1 = System.nanoTime();
        awaitReceipts(mailsBefore + n);
        long t2 = System.nanoTime();
        check(waitingAtCallClosed(call) == n, "waiting applications");
        return new double[]{n / seconds(t2 - t0), millis(t1 - t0) / n};
    }

    /** N bare instances, and their deliveries when the process has them; returns instances per second. */
    private double bare(String key, String deliveryKey, String name, int n) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            BareProcesses.start(engine.getRuntimeService(), key, key + "-" + name + "-" + i);
        }
        if (deliveryKey != null) {
            awaitNoJobs(deliveryKey);
        }
        long t1 = System.nanoTime();
        check(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKeyLike(key + "-" + name + "-%").count() == n, "bare instances");
        return n / seconds(t1 - t0);
    }

    /** Waits until the mailbox holds that many messages (the delivery thread's work); a failed delivery ends the benchmark. */
    private void awaitReceipts(int messages) {
        long giveUp = System.nanoTime() + 600_000_000_000L;
        while (smtp.getReceivedMessages().length < messages) {
            check(System.nanoTime() < giveUp, "receipts in the mailbox within 10 minutes");
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits until the job executor has run every job of the process; a failed job ends the benchmark. */
    private void awaitNoJobs(String processKey) {
        while (management.createJobQuery().processDefinitionKey(processKey).count() > 0) {
            check(management.createJobQuery().processDefinitionKey(processKey).withException().count() == 0,
                    "a " + processKey + " job failed");
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
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
        return calls.create(new CallService.NewCall("FIRST_STEP", "Benchmark call " + (++sequence),
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
