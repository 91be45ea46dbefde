package io.grantflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.IntegrationTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Health with its database and mail server for managers and administrators, Prometheus figures, history retention. */
class OperationsTest extends IntegrationTest {

    /** Days of history kept after a process instance ends: a programme's records ten years, delivery traces six months. */
    static final Map<String, Integer> HISTORY_DAYS = Map.of("first-step-application", 3650, "grant-call", 3650,
            "review-round", 3650, "notification-delivery", 180);

    @Test
    void managersAndAdministratorsSeeTheDatabaseAndMailServerInTheHealth() {
        Map<String, Object> asManager = get("/actuator/health", manager(), Map.class).getBody();
        Map<String, Object> asAdmin = get("/actuator/health", user("admin", "en", Groups.ADMINS), Map.class).getBody();
        Map<String, Object> asApplicant = get("/actuator/health", applicant("en"), Map.class).getBody();
        Map<String, Object> anonymous = get("/actuator/health", null, Map.class).getBody();

        for (Map<String, Object> health : List.of(asManager, asAdmin)) {
            Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.get("components");
            assertThat(components.get("db")).containsEntry("status", "UP");
            assertThat(components.get("mail")).containsEntry("status", "UP");
        }
        assertThat(asApplicant).containsEntry("status", "UP").doesNotContainKey("components");
        assertThat(anonymous).containsEntry("status", "UP").doesNotContainKey("components");
    }

    @Test
    void prometheusCountsSubmissionsEmailsFailuresAndIncidents() {
        assertThat(get("/actuator/prometheus", applicant("en"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/actuator/prometheus", null, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        String manager = manager();
        runJobsUntilDone(3); // other tests' messages are not part of this one
        Map<String, Double> before = scrape(manager);
        assertThat(before).containsKeys("grantflow_submissions_total", "grantflow_reviews_total", "grantflow_emails_sent_total",
                "grantflow_emails_failed", "grantflow_incidents_open");

        Call call = openFirstStepCall();
        String applicant = applicant("en");
        smtp.stop();
        try {
            assertThat(submit(call.id(), applicant, eligibleApplication(), pdf(), null).getStatusCode().value()).isEqualTo(201);
            assertThat(deliverMail().retrying()).as("the receipt's delivery fails while the server is down").isEqualTo(1);
            Map<String, Double> duringOutage = scrape(manager);
            assertThat(duringOutage.get("grantflow_submissions_total")).isEqualTo(before.get("grantflow_submissions_total") + 1);
            assertThat(duringOutage.get("grantflow_emails_failed")).isEqualTo(before.get("grantflow_emails_failed") + 1);
            assertThat(duringOutage.get("grantflow_emails_sent_total")).isEqualTo(before.get("grantflow_emails_sent_total"));
        } finally {
            smtp = startSmtp();
        }
        runJobsUntilDone(3);
        assertThat(mailsTo(applicant)).hasSize(1);
        Map<String, Double> after = scrape(manager);
        assertThat(after.get("grantflow_emails_sent_total")).isEqualTo(before.get("grantflow_emails_sent_total") + 1);
        assertThat(after.get("grantflow_emails_failed")).isEqualTo(before.get("grantflow_emails_failed"));

        String callProcess = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(call.id())
                .singleResult().getId();
        // an incident belongs to an execution at an activity: the call process waiting for its closing
        String execution = engine.getRuntimeService().getActivityInstance(callProcess).getChildActivityInstances()[0].getExecutionIds()[0];
        Incident incident = engine.getRuntimeService().createIncident("grantflow-test", execution, "metrics test");
        try {
            assertThat(scrape(manager).get("grantflow_incidents_open")).isEqualTo(after.get("grantflow_incidents_open") + 1);
        } finally {
            engine.getRuntimeService().resolveIncident(incident.getId());
        }
    }

    @Test
    void everyProcessKeepsItsHistoryForItsProgrammesPeriod() {
        List<ProcessDefinition> latest = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
        assertThat(latest).extracting(ProcessDefinition::getKey).containsAll(HISTORY_DAYS.keySet());
        for (ProcessDefinition definition : latest) {
            assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive();
            if (HISTORY_DAYS.containsKey(definition.getKey())) {
                assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(HISTORY_DAYS.get(definition.getKey()));
            }
        }
    }

    @Test
    void historyCleanupRunsInTheConfiguredNightWindow() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(config.isHistoryCleanupEnabled()).isTrue();

        List<Job> cleanup = engine.getHistoryService().findHistoryCleanupJobs();
        assertThat(cleanup).isNotEmpty();
        for (Job job : cleanup) {
            Calendar due = Calendar.getInstance();
            due.setTime(job.getDuedate());
            assertThat(due.get(Calendar.HOUR_OF_DAY)).as("cleanup due at " + job.getDuedate()).isBetween(1, 4);
            assertThat(job.getDuedate()).isAfter(new Date(System.currentTimeMillis() - 24L * 3600 * 1000));
        }
    }

    /** The grantflow_ samples of a Prometheus scrape, by name. */
    private Map<String, Double> scrape(String user) {
        String text = get("/actuator/prometheus", user, String.class).getBody();
        return Arrays.stream(text.split("\n"))
                .filter(line -> line.startsWith("grantflow_"))
                .map(line -> line.split(" "))
                .collect(Collectors.toMap(p -> p[0].replaceAll("\\{.*}", ""), p -> Double.parseDouble(p[1]), (a, b) -> a));
    }
}
