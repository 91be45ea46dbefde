package io.grantflow.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.grantflow.GrantflowApplication;
import io.grantflow.application.ApplicationStatus;
import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.dashboard.DashboardService;
import io.grantflow.dashboard.SeededApplications;
import io.grantflow.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the dashboard answers for a call of 10,000 applications: the application on its own in-memory H2
 * database, a call seeded straight into the tables in every state (with decisions and reminder messages), a
 * second call of the same size beside it, then timed HTTP requests as a manager. Prints the median of 25 runs
 * after 10 warm-up runs, for the call's dashboard, the all-calls dashboard and the list behind a count.
 */
public final class DashboardBenchmark {

    static final int WARM_UP = 10;
    static final int RUNS = 25;

    /** 10,000 applications, spread over the statuses as a call looks after its decision. */
    static final Map<ApplicationStatus, Integer> MIX = new LinkedHashMap<>();

    static {
        MIX.put(ApplicationStatus.SUBMITTED, 500);
        MIX.put(ApplicationStatus.INELIGIBLE, 1000);
        MIX.put(ApplicationStatus.ELIGIBLE, 1500);
        MIX.put(ApplicationStatus.UNDER_REVIEW, 2500);
        MIX.put(ApplicationStatus.REVIEWED, 1500);
        MIX.put(ApplicationStatus.FUNDED, 800);
        MIX.put(ApplicationStatus.NOT_FUNDED, 1500);
        MIX.put(ApplicationStatus.IN_PROGRESS, 400);
        MIX.put(ApplicationStatus.LAPSED, 100);
        MIX.put(ApplicationStatus.CLOSED, 200);
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GrantflowApplication.class).run(
                "--spring.profiles.active=test", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:dashboard-bench;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String manager = manager(app.getBean(IdentityService.class));
            Call call = seed(app, "Benchmark call");
            seed(app, "Second call of the same size");

            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString((manager + ":" + manager).getBytes(StandardCharsets.UTF_8));
            Map<String, String> requests = new LinkedHashMap<>();
            requests.put("GET /api/calls/{id}/dashboard", "/api/calls/" + call.id() + "/dashboard");
            requests.put("GET /api/dashboard (2 calls, 20,000 applications)", "/api/dashboard");
            requests.put("GET /api/calls/{id}/dashboard/applications?stage=decided (first 1,000)",
                    "/api/calls/" + call.id() + "/dashboard/applications?stage=decided");
            System.out.println("\n| request | median ms | min ms | max ms | response bytes |");
            System.out.println("|---|---|---|---|---|");
            for (Map.Entry<String, String> r : requests.entrySet()) {
                System.out.println(time(http, auth, "http://localhost:" + port + r.getValue(), r.getKey()));
            }
            System.out.println(timeInProcess(app.getBean(DashboardService.class), call.id()));
            System.out.println("\nOne call's dashboard: " + fetch(http, auth, "http://localhost:" + port + "/api/calls/" + call.id() + "/dashboard").body());
        } finally {
            app.close();
        }
    }

    private static Call seed(ConfigurableApplicationContext app, String title) {
        LocalDateTime now = LocalDateTime.now(Call.FUNDER_ZONE);
        Call call = app.getBean(CallService.class).create(new CallService.NewCall("FIRST_STEP", title,
                now.minusDays(60), now.minusDays(30), new BigDecimal("8000000"), Map.of()), "benchmark");
        SeededApplications seed = new SeededApplications(app.getBean(JdbcTemplate.class), call.id());
        List<String> underReview = new ArrayList<>();
        List<String> inProgress = new ArrayList<>();
        int n = 0;
        for (Map.Entry<ApplicationStatus, Integer> e : MIX.entrySet()) {
            List<String> ids = seed.add(e.getKey(), e.getValue(), new BigDecimal(5000 + (n++ * 500)));
            if (e.getKey() == ApplicationStatus.UNDER_REVIEW) {
                underReview.addAll(ids);
            } else if (e.getKey() == ApplicationStatus.IN_PROGRESS) {
                inProgress.addAll(ids);
            }
        }
        for (String id : underReview) {
            seed.message(id, "review-reminder", "SENT");
        }
        for (String id : inProgress) {
            seed.message(id, "final-report-reminder", "HELD");
        }
        return call;
    }

    private static String time(HttpClient http, String auth, String url, String label) throws Exception {
        long bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            bytes = fetch(http, auth, url).body().length();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = fetch(http, auth, url);
            millis.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(label + " answered " + response.statusCode());
            }
        }
        millis.sort(Double::compare);
        return String.format("| %s | %.1f | %.1f | %.1f | %,d |", label, millis.get(RUNS / 2), millis.get(0), millis.get(RUNS - 1), bytes);
    }

    /** The same figures without HTTP, authentication and JSON: the three aggregates and the engine's task count. */
    private static String timeInProcess(DashboardService dashboards, String callId) {
        for (int i = 0; i < WARM_UP; i++) {
            dashboards.ofCall(callId);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            dashboards.ofCall(callId);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        return String.format("| DashboardService.ofCall (in process, no HTTP) | %.1f | %.1f | %.1f | |", millis.get(RUNS / 2), millis.get(0),
                millis.get(RUNS - 1));
    }

    private static HttpResponse<String> fetch(HttpClient http, String auth, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String manager(IdentityService identity) {
        User user = identity.newUser("benchmanager");
        user.setFirstName("Bench");
        user.setLastName("Manager");
        user.setEmail("benchmanager@test.grantflow.example");
        user.setPassword("benchmanager");
        identity.saveUser(user);
        identity.createMembership("benchmanager", Groups.MANAGERS);
        return "benchmanager";
    }
}
