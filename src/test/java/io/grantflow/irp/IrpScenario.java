package io.grantflow.irp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.support.CalledProcess;
import io.grantflow.support.CallScenario;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** An IRP call and its projects: applications with partners and a budget table, signing links, reports. */
abstract class IrpScenario extends CallScenario {

    private static final Pattern SIGNING_LINK = Pattern.compile("/agreement/sign/([A-Za-z0-9_-]+)");

    /** What this test made that other tests could meet: its processes (with their timers), reviewers and managers. */
    private final List<String> businessKeys = new ArrayList<>();
    private final List<String> reviewersMade = new ArrayList<>();
    private final List<String> managersMade = new ArrayList<>();

    /**
     * Other tests run every job in the shared engine, whatever its due date, and draw on every reviewer
     * and manager: leave them none of ours.
     */
    @AfterEach
    void removeWhatThisTestMade() {
        var runtime = engine.getRuntimeService();
        for (String key : businessKeys) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
                    .processDefinitionKeyIn("irp-application", "grant-call").list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test finished", true, true));
        }
        reviewersMade.forEach(id -> jdbc.sql("DELETE FROM reviewer_profile WHERE user_id = ?").param(id).update());
        reviewersMade.forEach(identity::deleteUser);
        managersMade.forEach(identity::deleteUser);
    }

    @Override
    protected String reviewer(String country, String... expertise) {
        String id = super.reviewer(country, expertise);
        reviewersMade.add(id);
        return id;
    }

    @Override
    protected String manager() {
        String id = super.manager();
        managersMade.add(id);
        return id;
    }

    /** An IRP call that opened yesterday and closes in an hour, with its own panel. */
    protected Call irpCall(List<String> panel, Map<String, Object> rules) {
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Call.FUNDER_ZONE);
        Call call = calls.create(new CallService.NewCall("IRP", "IRP call " + System.nanoTime(),
                now.minusDays(1), now.plusHours(1), new BigDecimal("500000"), rules), "test");
        assignments.setPanel(call.id(), panel);
        businessKeys.add(call.id());
        return call;
    }

    /** An eligible IRP application: a permanent coordinator, partners in Japan and Germany, 5 years at 15,000 EUR. */
    protected static Map<String, Object> irpApplication(String tag) {
        Map<String, Object> application = new HashMap<>(eligibleApplication());
        application.remove("phdDate");
        application.put("title", "Ocean acoustics network " + tag);
        application.put("keywords", List.of("oceanography", "acoustics", "climate"));
        application.put("budgetEur", 75000);
        application.put("durationMonths", 60);
        application.put("permanentPosition", true);
        application.put("jointWork", "Two joint papers (2023, 2025) and the ANR-JST project DEEPSOUND.");
        application.put("partners", List.of(
                partner("University of Tokyo", "JP", "Ken Sato", "ken-" + tag),
                partner("TU Berlin", "DE", "Anna Weber", "anna-" + tag)));
        application.put("yearlyBudget", yearly(15000, 15000, 15000, 15000, 15000));
        return application;
    }

    protected static Map<String, Object> partner(String institution, String country, String lead, String mailbox) {
        return Map.of("institution", institution, "country", country, "leadName", lead, "email", mailbox + "@partner.example");
    }

    protected static List<Map<String, Object>> yearly(int... amounts) {
        List<Map<String, Object>> table = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            table.add(Map.of("year", i + 1, "amountEur", amounts[i]));
        }
        return table;
    }

    protected String submitIrp(Call call, String applicant, Map<String, Object> application) {
        var response = submit(call.id(), applicant, application, pdf(), null);
        assertThat(response.getStatusCode().value()).as("submission: %s", response.getBody()).isEqualTo(201);
        businessKeys.add((String) response.getBody().get("id"));
        return (String) response.getBody().get("id");
    }

    protected ProcessInstance closeIrpCall(Call call) {
        moveClockTo(call.closesAt().plusSeconds(60));
        runDueJobs();
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("grant-call").processInstanceBusinessKey(call.id()).singleResult();
    }

    protected ProcessInstance projectOf(String applicationId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("irp-application").processInstanceBusinessKey(applicationId).singleResult();
    }

    /** The latest report review (annual or final) the project's process called. */
    protected ProcessInstance reportReviewOf(String applicationId) {
        return CalledProcess.of(projectOf(applicationId), "report-review");
    }

    /**
     * Stands in for the call process where a test is about what follows the decision: the call closes and
     * the committee funds the application, as the call's process tells it.
     */
    protected void fundedByTheCommittee(String applicationId) {
        var runtime = engine.getRuntimeService();
        runtime.createMessageCorrelation("CallClosed").processInstanceBusinessKey(applicationId).correlate();
        runtime.createMessageCorrelation("Decision").processInstanceBusinessKey(applicationId)
                .setVariable("funded", true).correlate();
        runDueJobs();
    }

    /**
     * A funded project of {@code years} years at 15,000 EUR each, with one partner, whose agreement every party has
     * signed: year 1 runs, its annual report is due.
     */
    protected String startedProject(String tag, String coordinator, String manager, int years) {
        Map<String, Object> application = irpApplication(tag);
        application.put("partners", List.of(partner("University of Tokyo", "JP", "Ken Sato", "ken-" + tag)));
        int[] amounts = new int[years];
        Arrays.fill(amounts, 15000);
        application.put("yearlyBudget", yearly(amounts));
        application.put("budgetEur", 15000 * years);
        application.put("durationMonths", 12 * years);
        String applicationId = submitIrp(irpCall(List.of(), Map.of()), coordinator, application);
        fundedByTheCommittee(applicationId);
        sign(lastSigningToken("ken-" + tag + "@partner.example"));
        complete(manager, taskOf(applicationId, "Task_FunderSigns"), Map.of("agreementSigned", true));
        return applicationId;
    }

    /** The coordinator files the running year's annual report, a manager approves it, and the next year starts. */
    protected void yearReportedAndApproved(String applicationId, String coordinator, String manager) {
        int year = ((Number) engine.getRuntimeService().getVariable(projectOf(applicationId).getId(), "year")).intValue();
        assertThat(postAnnualReport(applicationId, coordinator).getStatusCode().value()).isEqualTo(204);
        complete(manager, taskOf(applicationId, "Task_ApproveReport"), Map.of("approveAnnualReport", true, "annualReportComment", ""));
        moveClockTo(projectStart(applicationId).plusYears(year).plusDays(1).toInstant());
        runDueJobs();
    }

    protected java.time.ZonedDateTime projectStart(String applicationId) {
        return java.time.Instant.parse((String) engine.getRuntimeService().getVariable(projectOf(applicationId).getId(), "projectStartedAt"))
                .atZone(Call.FUNDER_ZONE);
    }

    protected Task taskOf(String applicationId, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(applicationId).taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    protected void complete(String managerId, Task task, Map<String, Object> variables) {
        assertThat(task).as("open task").isNotNull();
        asUser(managerId, () -> tasks.complete(task.getId(), variables));
        runDueJobs();
    }

    // ---- mail to partners, who have no account ----

    protected List<MimeMessage> mailsToAddress(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the last signing link sent to this address. */
    protected String lastSigningToken(String address) {
        List<MimeMessage> mails = mailsToAddress(address);
        assertThat(mails).as("mails to %s", address).isNotEmpty();
        Matcher link = SIGNING_LINK.matcher(body(mails.get(mails.size() - 1)));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    protected ResponseEntity<String> openSigningPage(String token) {
        return http.exchange("/agreement/sign/" + token, HttpMethod.GET, HttpEntity.EMPTY, String.class);
    }

    protected ResponseEntity<String> sign(String token) {
        ResponseEntity<String> response = http.exchange("/agreement/sign/" + token, HttpMethod.POST, HttpEntity.EMPTY, String.class);
        runDueJobs();
        return response;
    }

    // ---- reports ----

    protected ResponseEntity<String> postAnnualReport(String applicationId, String userId) {
        return postPdf("/api/applications/" + applicationId + "/annual-report", userId);
    }

    protected ResponseEntity<String> postFinalReport(String applicationId, String userId) {
        return postPdf("/api/applications/" + applicationId + "/final-report", userId);
    }

    private ResponseEntity<String> postPdf(String path, String userId) {
        ResponseEntity<String> response = postReportPdf(path, userId);
        runDueJobs();
        return response;
    }

    protected BigDecimal tranchesReleased(String applicationId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount_eur), 0) FROM irp_tranche WHERE application_id = ?")
                .param(applicationId).query(BigDecimal.class).single();
    }
}
