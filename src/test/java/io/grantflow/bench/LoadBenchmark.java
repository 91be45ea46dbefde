package io.grantflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.grantflow.support.ApiClient;
import io.grantflow.support.AppNode;
import io.grantflow.support.EmbeddedPostgresServer;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.LoopbackSmtp;

/**
 * Submission load on one node over loopback: N concurrent clients, each with its own applicant, submit First
 * Step applications through the HTTP API for a fixed time (and at most a fixed count), one application per
 * applicant per call, so each client moves on to the next call after each submission. Prints throughput,
 * latency percentiles and errors, and checks that the applications stored are exactly those answered 201.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.grantflow.bench.LoadBenchmark</pre>
 * System properties: bench.db=h2,postgres (either or both), bench.clients=50, bench.seconds=60, bench.max=20000, bench.warmup=5.
 */
public final class LoadBenchmark {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-bench-password";
    static final ObjectMapper JSON = new ObjectMapper();

    record Result(String database, int clients, double seconds, int created, int errors, long p50, long p95, long p99, long max,
                  int stored, boolean storedMatches) {
    }

    public static void main(String[] args) throws Exception {
        List<String> databases = Arrays.asList(System.getProperty("bench.db", "h2,postgres").split(","));
        int clients = Integer.getInteger("bench.clients", 50);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int max = Integer.getInteger("bench.max", 20000);
        int warmup = Integer.getInteger("bench.warmup", 5);
        System.out.printf("LoadBenchmark %s: %d clients, %d s, at most %d submissions, %d warm-up rounds; %d cores, node heap 1 GB; load average %s%n",
                Instant.now(), clients, seconds, max, warmup, Runtime.getRuntime().availableProcessors(), loadAverage());
        GreenMail smtp = LoopbackSmtp.start(0);
        List<Result> results = new ArrayList<>();
        try {
            for (String database : databases) {
                results.add(run(database.trim(), clients, seconds, max, warmup, smtp.getSmtp().getPort()));
            }
        } finally {
            smtp.stop();
            EmbeddedPostgresServer.stop();
        }
        System.out.println();
        System.out.println("| database | clients | seconds | 201 answers | submissions/s | p50 ms | p95 ms | p99 ms | max ms | errors | stored = 201 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf("| %s | %d | %.1f | %d | %.1f | %d | %d | %d | %d | %d | %s (%d) |%n", r.database(), r.clients(), r.seconds(),
                    r.created(), r.created() / r.seconds(), r.p50(), r.p95(), r.p99(), r.max(), r.errors(), r.storedMatches() ? "yes" : "NO", r.stored());
        }
        System.out.println("load average at the end: " + loadAverage());
        // exec:java would otherwise wait for the mail server's and the database's leftover threads.
        System.exit(results.stream().allMatch(Result::storedMatches) ? 0 : 1);
    }

    /** Other builds on the machine move the figures: the load average is printed with them. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static Result run(String database, int clients, int seconds, int max, int warmup, int smtpPort) throws Exception {
        Path workDir = Files.createTempDirectory("grantflow-bench-" + database);
        Map<String, String> properties = new HashMap<>();
        if (database.equals("postgres")) {
            properties.put("spring.profiles.active", "postgres");
            properties.put("spring.datasource.url", EmbeddedPostgresServer.newDatabase("grantflow_bench"));
            properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
            properties.put("spring.datasource.password", EmbeddedPostgresServer.PASSWORD);
        } else if (!database.equals("h2")) {
            throw new IllegalArgumentException("bench.db: h2 or postgres, not " + database);
        }
        System.out.println(database + ": node log and H2 file under " + workDir);
        properties.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(smtpPort));
        properties.put("logging.level.root", "WARN");
        try (AppNode node = AppNode.start("bench-" + database, workDir, List.of("-Xmx1g"), properties, Duration.ofSeconds(180))) {
            ApiClient api = node.api();
            api.addToGroup(ADMIN, ADMIN_PASSWORD, "managers", ADMIN);
            // One application per applicant per call: every client needs a call for each of its submissions.
            int callsNeeded = warmup + Math.min(max / clients + 1, seconds * 4); // enough for 200 submissions/s with 50 clients
            List<String> calls = new ArrayList<>();
            for (int i = 0; i < callsNeeded; i++) {
                calls.add(api.openFirstStepCall(ADMIN, ADMIN_PASSWORD, "Benchmark call " + i));
            }
            List<String> applicants = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String id = "bench" + database + c;
                api.register(id);
                applicants.add(id);
            }
            Map<String, Set<String>> answered = new ConcurrentHashMap<>();
            applicants.forEach(a -> answered.put(a, ConcurrentHashMap.newKeySet()));
            // Warm-up rounds (counted in the stored check, not in the figures).
            load(api, applicants, calls.subList(0, warmup), Long.MAX_VALUE, Integer.MAX_VALUE, answered, new long[1], new AtomicInteger());

            AtomicInteger errors = new AtomicInteger();
            long[] latencies = new long[max];
            long started = System.nanoTime();
            int created = load(api, applicants, calls.subList(warmup, calls.size()), started + Duration.ofSeconds(seconds).toNanos(), max,
                    answered, latencies, errors);
            double elapsed = (System.nanoTime() - started) / 1e9;
            long[] sorted = Arrays.copyOf(latencies, Math.min(created + errors.get(), max));
            Arrays.sort(sorted);

            int stored = 0;
            boolean matches = true;
            for (String applicant : applicants) {
                JsonNode mine = JSON.readTree(api.get("/api/applications", applicant, ApiClient.password(applicant)).body());
                Set<String> ids = new HashSet<>();
                mine.forEach(a -> ids.add(a.get("id").asText()));
                stored += ids.size();
                matches &= ids.equals(answered.get(applicant));
            }
            int answeredCount = answered.values().stream().mapToInt(Set::size).sum();
            matches &= stored == answeredCount;
            Result result = new Result(database, clients, elapsed, created, errors.get(), percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1_000_000, stored, matches);
            System.out.printf("%s: %d answered 201 in %.1f s (%.1f/s), p50 %d ms, p95 %d ms, p99 %d ms, %d errors; stored %d, 201 answers %d (with warm-up); load average %s%n",
                    database, created, elapsed, created / elapsed, result.p50(), result.p95(), result.p99(), errors.get(), stored, answeredCount,
                    loadAverage());
            return result;
        }
    }

    /** Every client submits to the calls in turn until the deadline, the count or the calls run out; returns the 201 count. */
    static int load(ApiClient api, List<String> applicants, List<String> calls, long deadline, int max,
                    Map<String, Set<String>> answered, long[] latencies, AtomicInteger errors) throws Exception {
        byte[] proposal = IntegrationTest.pdf();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(applicants.size());
        List<Future<?>> done = new ArrayList<>();
        for (String applicant : applicants) {
            done.add(pool.submit(() -> {
                for (String call : calls) {
                    int slot = taken.getAndIncrement();
                    if (System.nanoTime() >= deadline || slot >= max) {
                        return null;
                    }
                    Map<String, Object> application = new HashMap<>(IntegrationTest.eligibleApplication());
                    application.put("title", "Benchmark application " + slot);
                    long t0 = System.nanoTime();
                    try {
                        ApiClient.Response response = api.submit(call, applicant, application, proposal, null);
                        if (response.status() == 201) {
                            answered.get(applicant).add(response.field("id"));
                            created.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (slot < latencies.length) {
                        latencies[slot] = System.nanoTime() - t0;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return created.get();
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000;
    }
}
