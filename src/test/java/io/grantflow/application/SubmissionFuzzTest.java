package io.grantflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.call.Call;
import io.grantflow.support.IntegrationTest;
import io.grantflow.support.RawHttp;
import io.grantflow.support.SubmissionFuzzer;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand malformed submissions over real HTTP: each must get a 4xx problem detail that names the
 * problem, and none may leave a row, a file or a process behind. The seed is printed; rerun one with
 * {@code -Dfuzz.seed=<seed>} (and {@code -Dfuzz.cases=<n>}).
 */
class SubmissionFuzzTest extends IntegrationTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 10_000);
    private static final int THREADS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void malformedSubmissionsAreRefusedWithAProblemAndLeaveNothingBehind() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("SubmissionFuzzTest seed=" + seed + " cases=" + CASES + " (rerun: -Dfuzz.seed=" + seed + ")");
        Call call = openFirstStepCall();
        String applicant = applicant("en");
        SubmissionFuzzer fuzzer = new SubmissionFuzzer(call.id(), applicant, applicant, pdf());
        assertTheUnchangedSubmissionIsAccepted(fuzzer);

        long applications = count("SELECT COUNT(*) FROM application");
        long documents = count("SELECT COUNT(*) FROM application_document");
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> statuses = Collections.synchronizedMap(new TreeMap<>());
        Map<String, AtomicLong> millis = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < CASES; i = next.getAndIncrement()) {
                    // Each case has its own Random, so that the seed reproduces it whatever the threads do.
                    SubmissionFuzzer.Case c = fuzzer.next(new Random(seed * 31 + i));
                    long sent = System.nanoTime();
                    String verdict = send(fuzzer, c);
                    millis.computeIfAbsent(c.kind(), k -> new AtomicLong()).addAndGet((System.nanoTime() - sent) / 1_000_000);
                    statuses.computeIfAbsent(c.kind() + " " + verdict.split(" ")[0], k -> new AtomicInteger()).incrementAndGet();
                    if (!verdict.startsWith("ok")) {
                        failures.add("#" + i + " " + c.kind() + " [" + c.description() + "]: " + verdict);
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.printf("SubmissionFuzzTest: %d cases in %d ms%n", CASES, (System.nanoTime() - started) / 1_000_000);
        statuses.forEach((k, n) -> System.out.println("  " + k + ": " + n));
        millis.forEach((k, ms) -> System.out.println("  " + k + " total ms: " + ms));

        List<String> firstFailures = failures.stream().sorted().limit(30).toList();
        assertThat(failures.size()).as("cases answered other than with a 4xx problem detail (seed " + seed + "), the first:%n%s",
                String.join("\n", firstFailures)).isZero();
        assertThat(count("SELECT COUNT(*) FROM application")).as("applications").isEqualTo(applications);
        assertThat(count("SELECT COUNT(*) FROM application_document")).as("documents").isEqualTo(documents);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("process instances").isEqualTo(instances);
    }

    /** The fuzzer's base request, to another call, is accepted: so each refusal is due to what a case changed. */
    private void assertTheUnchangedSubmissionIsAccepted(SubmissionFuzzer fuzzer) throws Exception {
        SubmissionFuzzer.Case valid = fuzzer.valid(openFirstStepCall().id());
        RawHttp.Response response = RawHttp.post(port, fuzzer.head(valid, port), valid.body());
        assertThat(response.status()).as(response.bodyText()).isEqualTo(201);
    }

    /** "ok <status>" for a 4xx problem detail with a title and a detail, otherwise what was wrong. */
    private String send(SubmissionFuzzer fuzzer, SubmissionFuzzer.Case c) {
        RawHttp.Response response;
        try {
            response = RawHttp.post(port, fuzzer.head(c, port), c.body());
        } catch (Exception e) {
            return "no answer: " + e;
        }
        String body = abbreviate(response.bodyText());
        if (response.status() < 400 || response.status() >= 500) {
            return response.status() + " " + body;
        }
        String type = response.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return response.status() + " with content type " + type + ": " + body;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("title").asText().isBlank() || problem.path("detail").asText().isBlank()
                    || problem.path("status").asInt() != response.status()) {
                return response.status() + " problem without title, detail or status: " + body;
            }
        } catch (Exception e) {
            return response.status() + " unreadable problem: " + body;
        }
        return "ok " + response.status();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
