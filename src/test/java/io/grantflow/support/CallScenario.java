package io.grantflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.grantflow.call.Call;
import io.grantflow.call.CallService;
import io.grantflow.identity.Groups;
import io.grantflow.review.AssignmentPreferenceService;
import io.grantflow.review.ReviewerAssignmentService;
import io.grantflow.review.ReviewerProfile;
import io.grantflow.review.ReviewerService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A First Step call from submission to decision: its own reviewer panel and applicants, the clock moved
 * to its closing, and the reviewers' answers given the way Tasklist gives them.
 */
public abstract class CallScenario extends IntegrationTest {

    @Autowired protected ReviewerService reviewers;
    @Autowired protected ReviewerAssignmentService assignments;
    @Autowired protected TaskService tasks;
    @Autowired protected AssignmentPreferenceService preferences;

    /** A reviewer of the call's panel, with a unique institution abroad unless said otherwise. */
    protected String reviewer(String country, String... expertise) {
        return reviewerSpeaking("en", country, expertise);
    }

    /** The same, reading his or her mail in that language. */
    protected String reviewerSpeaking(String language, String country, String... expertise) {
        String id = user("reviewer", language, Groups.REVIEWERS);
        reviewers.save(new ReviewerProfile(id, "Institute " + id, country, List.of(expertise), String.join(" ", expertise), 4));
        return id;
    }

    /** A reviewer of the call's panel with that name, as the applicants' exclusions are matched against it. */
    protected String reviewerNamed(String firstName, String lastName, String country, String... expertise) {
        String id = reviewer(country, expertise);
        User user = identity.createUserQuery().userId(id).singleResult();
        user.setFirstName(firstName);
        user.setLastName(lastName);
        identity.saveUser(user);
        return id;
    }

    /** A call that opened yesterday and closes in an hour, with its own panel. */
    protected Call callWithPanel(List<String> panel, Map<String, Object> rules, String envelope) {
        return callWithPanel("FIRST_STEP", panel, rules, envelope);
    }

    /** A call of the programme that opened yesterday and closes in an hour, with its own panel. */
    protected Call callWithPanel(String programme, List<String> panel, Map<String, Object> rules, String envelope) {
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Call.FUNDER_ZONE);
        Call call = calls.create(new CallService.NewCall(programme, "Scenario call " + System.nanoTime(),
                now.minusDays(1), now.plusHours(1), new BigDecimal(envelope), rules), "test");
        assignments.setPanel(call.id(), panel);
        return call;
    }

    /**
     * Four criteria as a manager gives them: quality weighs 3, feasibility 1 with a threshold of 2.5, partnership 1
     * and training 0.5 (its scale starts at 0).
     */
    public static final String FOUR_CRITERIA = """
            [{"id":"quality","name":{"en":"Scientific quality","fr":"Qualité scientifique"},"weight":3,
              "levels":{"1":{"en":"Weak","fr":"Faible"},"2":{"en":"Fair","fr":"Passable"},"3":{"en":"Good","fr":"Bon"},
                        "4":{"en":"Excellent","fr":"Excellent"}}},
             {"id":"feasibility","name":{"en":"Feasibility","fr":"Faisabilité"},"weight":1,"threshold":2.5,
              "levels":{"1":{"en":"Unrealistic","fr":"Irréaliste"},"2":{"en":"Doubtful","fr":"Douteux"},
                        "3":{"en":"Realistic","fr":"Réaliste"},"4":{"en":"Assured","fr":"Assuré"}}},
             {"id":"partnership","name":{"en":"Partnership","fr":"Partenariat"},"weight":1,
              "levels":{"1":{"en":"Nominal","fr":"De façade"},"2":{"en":"Real","fr":"Réel"},"3":{"en":"Deep","fr":"Profond"}}},
             {"id":"training","name":{"en":"Training of young researchers","fr":"Formation des jeunes chercheurs"},"weight":0.5,
              "levels":{"0":{"en":"None","fr":"Aucune"},"1":{"en":"Some","fr":"Un peu"},"2":{"en":"Central","fr":"Centrale"}}}]""";

    /** A call created through the API with these criteria (JSON), open since yesterday and closing in an hour. */
    protected Call callWithCriteria(List<String> panel, String envelope, String criteria) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        var created = sendJson(org.springframework.http.HttpMethod.POST, "/api/calls", manager(), """
                {"programme":"FIRST_STEP","title":"Criteria call %d","opensAt":"%s","closesAt":"%s","envelopeEur":%s,
                 "criteria":%s}""".formatted(System.nanoTime(), now.minusSeconds(86400), now.plusSeconds(3600), envelope,
                criteria), Map.class);
        if (created.getStatusCode().value() != 201) {
            throw new IllegalStateException("call refused: " + created.getBody());
        }
        Call call = calls.get((String) created.getBody().get("id"));
        assignments.setPanel(call.id(), panel);
        return call;
    }

    protected String submitEligible(Call call, String applicant, String title, List<String> keywords, int budget) {
        Map<String, Object> application = eligibleApplication();
        application.put("title", title);
        application.put("keywords", keywords);
        application.put("budgetEur", budget);
        var response = submit(call.id(), applicant, application, pdf(), null);
        if (response.getStatusCode().value() != 201) {
            throw new IllegalStateException("submission refused: " + response.getBody());
        }
        return (String) response.getBody().get("id");
    }

    /** One application to a call of that panel, the call closed: each reviewer has the application's review task. */
    protected String applicationUnderReview(List<String> panel) {
        Call call = callWithPanel(panel, Map.of(), "50000");
        String app = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        closeCall(call);
        return app;
    }

    /** Moves the engine's clock past the call's closing and runs what is due: closing, assignment, invitations. */
    /**
     * The calls and applications that exist now, made by other tests of the shared context: a crawl of the portal
     * leaves their pages out, so that it reads this test's own.
     */
    protected Set<String> callsAndApplicationsSoFar() {
        Set<String> ids = new HashSet<>(calls.list(null).stream().map(Call::id).toList());
        ids.addAll(jdbc.sql("SELECT id FROM application").query(String.class).list());
        return ids;
    }

    /** An open call of each programme: First Step with an application of each applicant, IRP and the prize empty. */
    protected void openCallsOfEachProgramme(String english, String french) {
        Call firstStep = openFirstStepCall();
        submitEligible(firstStep, english, "Photonic links", List.of("graphene", "photonics", "quantum"), 9000);
        submitEligible(firstStep, french, "Liens photoniques", List.of("graphene", "photonics", "quantum"), 9000);
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), Call.FUNDER_ZONE);
        calls.create(new CallService.NewCall("IRP", "IRP call " + System.nanoTime(), now.minusDays(1), now.plusDays(7),
                new BigDecimal("500000"), Map.of()), "test");
        calls.create(new CallService.NewCall("PRIZE", "Prize " + System.nanoTime(), now.minusDays(1), now.plusDays(7),
                new BigDecimal("50000"), Map.of()), "test");
    }

    /** Pins the reviewers of each application before the call closes, as a manager does on the proposed assignment. */
    protected void pinReviewers(Call call, Map<String, List<String>> reviewersOfApplication, String managerId) {
        List<AssignmentPreferenceService.Pin> pins = new ArrayList<>();
        reviewersOfApplication.forEach((application, ids) -> ids.forEach(id -> pins.add(new AssignmentPreferenceService.Pin(application, id))));
        preferences.pin(call.id(), pins, managerId);
    }

    protected ProcessInstance closeCall(Call call) {
        moveClockTo(call.closesAt().plusSeconds(60));
        runDueJobs();
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("grant-call").processInstanceBusinessKey(call.id()).singleResult();
    }

    protected void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Runs the jobs due at the engine's current time (timers, deliveries), and those they create, as the job executor would. */
    protected void runDueJobs() {
        runJobs(); // at least once: a task just completed may have queued mail and no job
        for (int round = 1; round < 10 && management.createJobQuery().executable().count() > 0; round++) {
            runJobs();
        }
    }

    protected Task reviewTaskOf(String reviewerId, String applicationId) {
        return tasks.createTaskQuery().taskAssignee(reviewerId).processInstanceBusinessKey(applicationId).singleResult();
    }

    protected List<Task> reviewTasksOf(String applicationId) {
        return tasks.createTaskQuery().processDefinitionKey("review-round").processInstanceBusinessKey(applicationId).list();
    }

    /**
     * What Tasklist sends when a reviewer accepts (the declaration task) and then scores the call's criteria in their
     * order (the review task's score1, score2...). Numbers come untyped, as Longs.
     */
    protected void review(Task task, String comment, long... scores) {
        Task review = accept(task);
        Map<String, Object> form = new HashMap<>(Map.of("commentForApplicant", comment, "confidentialComment", "for the committee only"));
        for (int i = 0; i < scores.length; i++) {
            form.put("score" + (i + 1), scores[i]);
        }
        asUser(review.getAssignee(), () -> tasks.complete(review.getId(), form));
    }

    /** The reviewer declares no conflict and accepts: the review task that follows, or the task itself if it is one. */
    protected Task accept(Task task) {
        if (!"Task_Declare".equals(task.getTaskDefinitionKey())) {
            return task;
        }
        asUser(task.getAssignee(), () -> tasks.complete(task.getId(), Map.of("response", "accept")));
        return tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).taskAssignee(task.getAssignee())
                .taskDefinitionKey("Task_Review").singleResult();
    }

    /** A review of the programme's three criteria: quality, feasibility, collaboration. */
    protected void review(Task task, long quality, long feasibility, long collaboration, String comment) {
        review(task, comment, quality, feasibility, collaboration);
    }

    protected void decline(Task task) {
        asUser(task.getAssignee(), () -> tasks.complete(task.getId(), Map.of("response", "decline")));
    }

    protected void declareConflict(Task task, String reason) {
        asUser(task.getAssignee(), () -> tasks.complete(task.getId(), Map.of("response", "conflict", "conflictReason", reason)));
    }

    protected void asUser(String userId, Runnable action) {
        List<String> groups = new ArrayList<>(identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList());
        identity.setAuthentication(userId, groups);
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    protected List<String> mailSubjectsTo(String userId) {
        return mailsTo(userId).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The last message the user received over SMTP. */
    protected MimeMessage lastMessageTo(String userId) {
        List<MimeMessage> mails = mailsTo(userId);
        assertThat(mails).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    /** An empty POST as the user, such as an acceptance. */
    protected ResponseEntity<String> post(String path, String userId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(userId, userId);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(headers), String.class);
    }

    /** A final report (a PDF) posted as the user. */
    protected ResponseEntity<String> postReport(String applicationId, String userId) {
        return postReportPdf("/api/applications/" + applicationId + "/final-report", userId);
    }

    /** A report (a PDF, the part "report") posted as the user to the path. */
    protected ResponseEntity<String> postReportPdf(String path, String userId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(userId, userId);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders pdfHeaders = new HttpHeaders();
        pdfHeaders.setContentType(MediaType.APPLICATION_PDF);
        parts.add("report", new HttpEntity<>(new ByteArrayResource(pdf()) {
            @Override
            public String getFilename() {
                return "report.pdf";
            }
        }, pdfHeaders));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }
}
