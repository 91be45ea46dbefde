package io.grantflow.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.grantflow.audit.ManagerChange;
import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.CalledProcess;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A changed First Step process deployed beside the real one: a manager moves one running application at each place
 * where an application waits, through the API; each keeps its variables, timers (with their due dates), awaited
 * messages and open task, those of the process it has called too (which stays on its own version), and goes on to its
 * end on the new version, while an application left alone ends on the old.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class ProcessMigrationTest extends CallScenario {

    private static final String KEY = "first-step-application";

    /** A place where an application waits: an activity of its own, and where the process it called there waits, if any. */
    private record Wait(String activity, String calledKey, String calledActivity) {

        static Wait at(String activity) {
            return new Wait(activity, null, null);
        }

        static Wait inCalled(String activity, String calledKey, String calledActivity) {
            return new Wait(activity, calledKey, calledActivity);
        }

        @Override
        public String toString() {
            return calledKey == null ? activity : activity + " (" + calledKey + " at " + calledActivity + ")";
        }
    }

    private static final Wait ELIGIBILITY_REVIEW = Wait.inCalled("Call_Eligibility", "eligibility", "Task_ReviewIneligibility");
    private static final Wait CALL_CLOSED = Wait.at("Catch_CallClosed");
    private static final Wait DECISION = Wait.at("Catch_Decision");
    private static final Wait ACCEPTANCE = Wait.at("Receive_AwardAccepted");
    private static final Wait PROJECT_END = Wait.at("Timer_ProjectEnds");
    private static final Wait REPORT = Wait.inCalled("Call_FinalReportReview", "report-review", "Receive_Report");
    private static final Wait APPROVAL = Wait.inCalled("Call_FinalReportReview", "report-review", "Task_ApproveReport");

    /**
     * The places where a First Step application waits, in the order it reaches them; one application is moved at each.
     * A receive task waits with its boundary timers, which move with it; at a call activity the called process waits
     * (a manager's eligibility review; the report, with its reminder and overdue timers; the report's approval).
     */
    private static final List<Wait> WAIT_STATES = List.of(ELIGIBILITY_REVIEW, CALL_CLOSED, DECISION, ACCEPTANCE, PROJECT_END, REPORT,
            APPROVAL);

    /** What version 2 changes, so that a reader sees which version ran a step. */
    private static final String CLOSED_LETTER_V2 = "Tell the applicant: project closed (version 2)";

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ConfigurableApplicationContext context;

    private final List<ManagerChange> changes = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<ManagerChange>> recorder = e -> changes.add(e.getPayload());
    private final List<String> deployments = new ArrayList<>();
    private final Map<String, ProcessInstance> started = new LinkedHashMap<>();

    @BeforeEach
    void recordManagerChanges() {
        context.addApplicationListener(recorder);
    }

    /** Later tests start applications on the real process files again: the changed versions go, with what runs on them. */
    @AfterEach
    void deleteChangedVersions() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(recorder);
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void anApplicationMovedAtEachWaitStateKeepsItsStateAndEndsOnTheNewVersion() {
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "graphene"), reviewer("DE", "photonics"), reviewer("US", "quantum"),
                reviewer("BR", "graphene"), reviewer("CA", "photonics"));
        Call call = callWithPanel(panel, Map.of("acceptanceDays", 30, "finalReportDueMonths", 2, "reportReminderDaysBefore", 14), "100000");
        Map<Object, String> applicantOf = new LinkedHashMap<>();
        Map<Wait, String> moved = new LinkedHashMap<>();   // wait state -> application moved there
        for (Wait waitState : WAIT_STATES) {
            String applicant = applicant("en");
            applicantOf.put(waitState, applicant);
            moved.put(waitState, apply(call, applicant, title(waitState), waitState == ELIGIBILITY_REVIEW));
        }
        String stayer = applicant("en");
        String stays = apply(call, stayer, "Stays on version 1", false);
        ProcessDefinition v1 = definitionOf(stays);
        ProcessDefinition v2 = deployVersion2();

        Mover mover = new Mover(manager, v1, v2, moved);
        mover.moveAt(ELIGIBILITY_REVIEW);
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(moved.get(ELIGIBILITY_REVIEW)).singleResult();
        asUser(manager, () -> tasks.complete(review.getId(), Map.of("override", true, "decisionReason", "The unit joined the funder.")));

        mover.moveAt(CALL_CLOSED);
        ProcessInstance callProcess = closeCall(call);
        for (String application : allOf(moved, stays)) {
            reviewTasksOf(application).forEach(t -> review(t, 4, 4, 4, "Sound."));
        }
        mover.moveAt(DECISION);
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        asUser(manager, () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", allOf(moved, stays))));
        runDueJobs();

        mover.moveAt(ACCEPTANCE);
        applicantOf.put("stays", stayer);
        Map<Object, String> accepting = new LinkedHashMap<>(moved);
        accepting.put("stays", stays);
        accepting.forEach((state, application) -> assertThat(post("/api/applications/" + application + "/award/acceptance",
                applicantOf.get(state)).getStatusCode().value()).isEqualTo(204));
        runDueJobs();

        mover.moveAt(PROJECT_END);
        moveClockTo(call.closesAt().plus(Duration.ofDays(370)));
        runDueJobs();
        mover.moveAt(REPORT);
        moveClockTo(call.closesAt().plus(Duration.ofDays(370 + 50)));
        runDueJobs();
        assertThat(CalledProcess.of(instanceOf(moved.get(REPORT)), "report-review")).hasPassed("Timer_ReportReminder", "Task_RemindReport");
        accepting.forEach((state, application) -> assertThat(postReport(application, applicantOf.get(state)).getStatusCode().value())
                .isEqualTo(204));

        mover.moveAt(APPROVAL);
        Task approval = tasks.createTaskQuery().processInstanceBusinessKey(moved.get(APPROVAL)).singleResult();
        assertThat(approval.getName()).as("an open task keeps its name").isEqualTo("Approve final report: " + title(APPROVAL));
        for (String application : accepting.values()) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(application).singleResult();
            asUser(manager, () -> tasks.complete(task.getId(), Map.of("approveReport", true, "reportComment", "")));
        }
        runDueJobs();

        for (Map.Entry<Wait, String> m : moved.entrySet()) {
            var ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(m.getValue())
                    .processDefinitionKey(KEY).singleResult();
            assertThat(ended.getEndTime()).as("moved at " + m.getKey() + ", ended").isNotNull();
            assertThat(ended.getProcessDefinitionId()).as("moved at " + m.getKey() + ", ran to its end on version 2").isEqualTo(v2.getId());
            assertThat(closedLetterStep(m.getValue()).getActivityName()).isEqualTo(CLOSED_LETTER_V2);
            assertThat(instanceOf(m.getValue())).hasPassed("End_Closed");
        }
        assertThat(instanceOf(stays)).isEnded().hasPassed("End_Closed");
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(stays)
                .singleResult().getProcessDefinitionId()).isEqualTo(v1.getId());
        assertThat(closedLetterStep(stays).getActivityName()).isEqualTo("Tell the applicant: project closed");

        assertThat(changes).filteredOn(c -> call.id().equals(c.callId())).hasSize(WAIT_STATES.size()).allSatisfy(c -> {
            assertThat(c.actor()).isEqualTo(manager);
            assertThat(c.action()).isEqualTo("migration");
            assertThat(c.from()).isEqualTo(KEY + " v" + v1.getVersion());
            assertThat(c.to()).isEqualTo(KEY + " v" + v2.getVersion() + " (1 application)");
        });
    }

    @Test
    void aTargetWithoutTheEligibilityCallIsRefusedBeforeAnythingMoves() {
        Call call = openFirstStepCall();
        String underReview = apply(call, applicant("en"), "Waits for its eligibility review", true);
        String waiting = apply(call, applicant("en"), "Waits for the call to close", false);
        ProcessDefinition v1 = definitionOf(underReview);
        assertThat(CalledProcess.of(instanceOf(underReview), "eligibility")).isWaitingAt("Task_ReviewIneligibility");
        ProcessDefinition v2 = deploy(ChangedVersions.withoutActivity(
                ChangedVersions.processFile("first-step/first-step-application.bpmn"), "Call_Eligibility"));
        String manager = manager();
        String plan = "/api/processes/" + KEY + "/plan?from=" + v1.getVersion() + "&to=" + v2.getVersion();

        Map<String, Object> preview = get(plan, manager, Map.class).getBody();
        assertThat((List<Map<String, Object>>) preview.get("instructions")).extracting(i -> i.get("sourceActivityId"))
                .contains("Catch_CallClosed", "Receive_AwardAccepted", "Timer_AcceptanceDeadline", "Call_FinalReportReview")
                .doesNotContain("Call_Eligibility");
        assertThat((List<Map<String, Object>>) preview.get("instructions"))
                .contains(Map.of("sourceActivityId", "Catch_CallClosed", "sourceActivityName", "Call closed",
                        "targetActivityId", "Catch_CallClosed", "targetActivityName", "Call closed"));
        assertThat((List<Map<String, Object>>) preview.get("problems")).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("activityId", "Call_Eligibility").containsEntry("activityName", "Eligibility");
            assertThat(((Number) p.get("waiting")).intValue()).isPositive();
        });
        assertThat(preview).containsEntry("canMove", false);

        ResponseEntity<Map> refused = migrate(manager, v1, v2, List.of(waiting, underReview));
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat((String) refused.getBody().get("detail")).contains("\"Eligibility\" (Call_Eligibility) is not in version "
                + v2.getVersion() + ": 1 application waits there.");
        assertThat((List<Map<String, Object>>) refused.getBody().get("problems")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("activityId", "Call_Eligibility").containsEntry("waiting", 1));
        assertThat(runningOn(waiting)).as("nothing moved").isEqualTo(v1.getId());
        assertThat(runningOn(underReview)).isEqualTo(v1.getId());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).count()).isZero();
        assertThat(changes).filteredOn(c -> call.id().equals(c.callId())).isEmpty();
        HttpResponse<byte[]> page = PortalSession.logIn(port, manager).postForm("/portal/processes", "/portal/processes/" + KEY + "/migrations",
                Map.of("from", String.valueOf(v1.getVersion()), "to", String.valueOf(v2.getVersion())));
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Nothing moved: the problems below refuse the move.",
                "(Call_Eligibility) is not in version " + v2.getVersion());
        assertThat(runningOn(waiting)).isEqualTo(v1.getId());

        assertThat(problemField(sendJson(HttpMethod.POST, "/api/processes/" + KEY + "/migrations", manager, json(Map.of("from", v1.getVersion(),
                "to", v2.getVersion(), "processInstanceIds", List.of("no-such-instance"))), Map.class), 400)).isEqualTo("processInstanceIds[0]");

        // Engine REST's own migration, which checks nothing of this, is not the managers'.
        String enginePlan = json(Map.of("migrationPlan", Map.of("sourceProcessDefinitionId", v1.getId(), "targetProcessDefinitionId", v2.getId(),
                        "instructions", List.of(Map.of("sourceActivityIds", List.of("Catch_CallClosed"), "targetActivityIds", List.of("Catch_CallClosed")))),
                "processInstanceIds", List.of(instanceOf(waiting).getId())));
        assertThat(sendJson(HttpMethod.POST, "/engine-rest/migration/execute", manager, enginePlan, String.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(runningOn(waiting)).isEqualTo(v1.getId());

        // Without the application under review the move goes; a second click moves nothing and says so.
        ResponseEntity<Map> moved = migrate(manager, v1, v2, List.of(waiting));
        assertThat(moved.getBody()).containsEntry("moved", 1).containsEntry("alreadyMoved", 0);
        assertThat(runningOn(waiting)).isEqualTo(v2.getId());
        ResponseEntity<Map> again = migrate(manager, v1, v2, List.of(waiting));
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(again.getBody()).containsEntry("moved", 0).containsEntry("alreadyMoved", 1)
                .containsEntry("message", "Nothing moved: 1 application already on " + KEY + " v" + v2.getVersion() + ".");
        assertThat(changes).filteredOn(c -> call.id().equals(c.callId())).singleElement()
                .satisfies(c -> assertThat(c.to()).isEqualTo(KEY + " v" + v2.getVersion() + " (1 application)"));
        Map<String, Object>[] versions = get("/api/processes/" + KEY + "/versions", manager, Map[].class).getBody();
        assertThat(versions).filteredOn(v -> v2.getId().equals(v.get("definitionId"))).singleElement()
                .satisfies(v -> assertThat(v).containsEntry("version", v2.getVersion()).containsEntry("running", 1));
    }

    /**
     * A version deployed without the form a task reads from its own deployment: Tasklist could not show it. First Step's
     * tasks are all in the processes it calls now, which keep their version and read the latest form, so a small process
     * with such a task shows the refusal.
     */
    @Test
    void aTargetDeployedWithoutItsFormsIsRefused() {
        String key = "form-task-" + System.nanoTime() % 100000;
        String formId = key + "-form";
        String form = "{\"id\":\"" + formId + "\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[]}";
        ProcessDefinition v1 = deploy(withFormTask(key, formId), Map.of(formId + ".form", form));
        String instance = runtime.startProcessInstanceByKey(key).getId();
        ProcessDefinition v2 = deploy(withFormTask(key, formId));
        String manager = manager();

        Map<String, Object> preview = get("/api/processes/" + key + "/plan?from=" + v1.getVersion() + "&to=" + v2.getVersion(), manager,
                Map.class).getBody();
        assertThat((List<Map<String, Object>>) preview.get("problems")).filteredOn(p -> "FORM_NOT_DEPLOYED".equals(p.get("kind")))
                .extracting(p -> p.get("activityId") + " " + p.get("detail")).containsExactly("Task_Check " + formId);
        ResponseEntity<Map> refused = sendJson(HttpMethod.POST, "/api/processes/" + key + "/migrations", manager,
                json(Map.of("from", v1.getVersion(), "to", v2.getVersion())), Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat((String) refused.getBody().get("detail")).contains("\"Check\" (Task_Check) shows the form \"" + formId
                + "\" of its own deployment, which version " + v2.getVersion() + " was deployed without: deploy the forms with the process.");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
                .isEqualTo(v1.getId());
    }

    /** What a move does to a timer the new version no longer has, and to one it adds where the application waits. */
    @Test
    void aTimerTheTargetDropsIsDroppedAndOneItAddsStartsAtTheMove() {
        String key = "report-wait-" + System.nanoTime() % 100000;
        ProcessDefinition v1 = deploy(waitingForAReport(key, "Timer_Reminder", "PT1H"));
        String instance = runtime.startProcessInstanceByKey(key).getId();
        ProcessDefinition v2 = deploy(waitingForAReport(key, "Timer_Escalation", "P2D"));
        Instant before = Instant.now();

        ResponseEntity<Map> answer = sendJson(HttpMethod.POST, "/api/processes/" + key + "/migrations", manager(),
                json(Map.of("from", v1.getVersion(), "to", v2.getVersion())), Map.class);

        assertThat(answer.getBody()).containsEntry("moved", 1);
        WaitingState after = WaitingState.of(engine, instance);
        assertThat(after.subscriptions()).containsExactly("message ReportIn at Receive_Report");
        assertThat(after.timers()).singleElement().asString().startsWith("Timer_Escalation due ");
        Date due = management.createJobQuery().processInstanceId(instance).singleResult().getDuedate();
        assertThat(due.toInstant()).isBetween(before.plus(Duration.ofDays(2)).minusSeconds(5), Instant.now().plus(Duration.ofDays(2)));
    }

    /** A caller moved while its called process waits: it waits at the same call activity, the called one keeps its version. */
    @Test
    void aCalledProcessKeepsItsVersionWhenItsCallerMoves() {
        String caller = "caller-" + System.nanoTime() % 100000;
        String called = "called-" + System.nanoTime() % 100000;
        ProcessDefinition calledV1 = deploy(Bpmn.createExecutableProcess(called).camundaHistoryTimeToLive(30).startEvent()
                .userTask("Task_Review").name("Review").endEvent().done());
        ProcessDefinition v1 = deploy(calling(caller, called, "Review round"));
        String instance = runtime.startProcessInstanceByKey(caller).getId();
        ProcessDefinition v2 = deploy(calling(caller, called, "Review round, renamed"));
        WaitingState before = WaitingState.of(engine, instance);

        ResponseEntity<Map> answer = sendJson(HttpMethod.POST, "/api/processes/" + caller + "/migrations", manager(),
                json(Map.of("from", v1.getVersion(), "to", v2.getVersion())), Map.class);

        assertThat(answer.getBody()).containsEntry("moved", 1);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(instance).singleResult().getProcessDefinitionId())
                .isEqualTo(calledV1.getId());
        assertThat(WaitingState.of(engine, instance).withoutDefinitions()).isEqualTo(before.withoutDefinitions());
        assertThat(before.openTasks()).singleElement().asString().contains("Task_Review");
    }

    @Test
    void badRequestsAreRefusedNamingTheFieldAndOnlyManagersMayAsk() {
        String manager = manager();
        String plan = "/api/processes/" + KEY + "/plan";
        assertThat(problemField(get(plan + "?from=one&to=2", manager, Map.class), 400)).isEqualTo("from");
        assertThat(problemField(get(plan + "?from=1", manager, Map.class), 400)).isEqualTo("to");
        assertThat(problemField(get(plan + "?from=1&to=1", manager, Map.class), 400)).isEqualTo("to");
        assertThat(problemField(get(plan + "?from=1&to=999", manager, Map.class), 400)).isEqualTo("to");
        assertThat(get("/api/processes/no-such-process/versions", manager, Map.class).getStatusCode().value()).isEqualTo(404);
        String migrations = "/api/processes/" + KEY + "/migrations";
        assertThat(problemField(sendJson(HttpMethod.POST, migrations, manager, "{\"from\":1}", Map.class), 400)).isEqualTo("to");
        assertThat(problemField(sendJson(HttpMethod.POST, migrations, manager, "{\"from\":1,\"to\":\"2\"}", Map.class), 400)).isEqualTo("to");
        String applicant = applicant("en");
        assertThat(get("/api/processes/" + KEY + "/versions", applicant, Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(sendJson(HttpMethod.POST, migrations, applicant, "{\"from\":1,\"to\":2}", Map.class).getStatusCode().value())
                .isEqualTo(403);
    }

    private static BpmnModelInstance waitingForAReport(String key, String timerId, String duration) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).startEvent()
                .receiveTask("Receive_Report").message("ReportIn")
                .boundaryEvent(timerId).cancelActivity(false).timerWithDuration(duration).endEvent()
                .moveToActivity("Receive_Report").endEvent().done();
    }

    private static BpmnModelInstance withFormTask(String key, String formId) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).startEvent()
                .userTask("Task_Check").name("Check").camundaFormRef(formId).camundaFormRefBinding("deployment").endEvent().done();
    }

    private static BpmnModelInstance calling(String key, String called, String name) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).startEvent()
                .callActivity("Call_Review").name(name).calledElement(called).endEvent().done();
    }

    private ProcessDefinition deploy(BpmnModelInstance model) {
        return deploy(model, Map.of());
    }

    /** Deploys the changed version, to be deleted with what runs on it once the test is done. */
    private ProcessDefinition deploy(BpmnModelInstance model, Map<String, String> forms) {
        ProcessDefinition definition = ChangedVersions.deploy(repository, model, forms);
        deployments.add(definition.getDeploymentId());
        return definition;
    }

    private ResponseEntity<Map> migrate(String manager, ProcessDefinition from, ProcessDefinition to, List<String> applications) {
        List<String> ids = applications.stream().map(a -> instanceOf(a).getId()).toList();
        return sendJson(HttpMethod.POST, "/api/processes/" + KEY + "/migrations", manager,
                json(Map.of("from", from.getVersion(), "to", to.getVersion(), "processInstanceIds", ids)), Map.class);
    }

    /** The field the first error of a refusal names, once its status is checked. */
    private static String problemField(ResponseEntity<Map> answer, int status) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        return (String) ((List<Map<String, Object>>) answer.getBody().get("errors")).get(0).get("field");
    }

    /** Moves one application at each wait state through the API, and checks that what it waits for moved with it. */
    private final class Mover {

        private final String manager;
        private final ProcessDefinition v1;
        private final ProcessDefinition v2;
        private final Map<Wait, String> applications;

        Mover(String manager, ProcessDefinition v1, ProcessDefinition v2, Map<Wait, String> applications) {
            this.manager = manager;
            this.v1 = v1;
            this.v2 = v2;
            this.applications = applications;
        }

        void moveAt(Wait waitState) {
            ProcessInstance instance = instanceOf(applications.get(waitState));
            assertWaitsAt(instance, waitState);
            WaitingState before = WaitingState.of(engine, instance.getId());
            assertThat(before.waitsForSomething()).as(waitState.toString()).isTrue();

            ResponseEntity<Map> answer = sendJson(HttpMethod.POST, "/api/processes/" + KEY + "/migrations", manager,
                    json(Map.of("from", v1.getVersion(), "to", v2.getVersion(), "processInstanceIds", List.of(instance.getId()))), Map.class);

            assertThat(answer.getStatusCode().value()).as(waitState + ": " + answer.getBody()).isEqualTo(200);
            assertThat(answer.getBody()).containsEntry("moved", 1);
            WaitingState after = WaitingState.of(engine, instance.getId());
            assertThat(after.definitions()).as("everything that waits now belongs to version 2").containsOnly(v2.getId());
            assertThat(after.withoutDefinitions()).as("at " + waitState + ": variables, timers, subscriptions and tasks as they were")
                    .isEqualTo(before.withoutDefinitions());
            assertWaitsAt(instance, waitState);
        }

        /** Waits at the activity, and when it called a process there, that process waits where it did. */
        private void assertWaitsAt(ProcessInstance instance, Wait waitState) {
            assertThat(instance).isWaitingAt(waitState.activity());
            if (waitState.calledKey() != null) {
                assertThat(CalledProcess.of(instance, waitState.calledKey())).isWaitingAt(waitState.calledActivity());
            }
        }
    }

    /** The title of the application moved at that wait state, as its letters and tasks name it. */
    private static String title(Wait waitState) {
        return "Application moved at wait state " + (WAIT_STATES.indexOf(waitState) + 1);
    }

    private String apply(Call call, String applicant, String title, boolean ineligible) {
        Map<String, Object> application = eligibleApplication();
        application.put("title", title);
        application.put("budgetEur", 5000);
        if (ineligible) {
            application.put("unitCode", "NOTOURS1");
        }
        ResponseEntity<Map> answer = submit(call.id(), applicant, application, pdf(), null);
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        String applicationId = (String) answer.getBody().get("id");
        instanceOf(applicationId);
        return applicationId;
    }

    /**
     * The real process with its closing letter renamed, deployed as the next version. It names no form: its manager's tasks
     * are in the processes it calls.
     */
    private ProcessDefinition deployVersion2() {
        return deploy(ChangedVersions.rename(ChangedVersions.processFile("first-step/first-step-application.bpmn"),
                "Task_TellClosed", CLOSED_LETTER_V2));
    }

    private List<String> allOf(Map<Wait, String> moved, String stays) {
        List<String> all = new ArrayList<>(moved.values());
        all.add(stays);
        return all;
    }

    /** The application's instance, as it started: camunda-bpm-assert reads it from the history once it has ended. */
    private ProcessInstance instanceOf(String applicationId) {
        return started.computeIfAbsent(applicationId, id -> runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(id).singleResult());
    }

    /** The definition the application's instance runs on now. */
    private String runningOn(String applicationId) {
        return runtime.createProcessInstanceQuery().processInstanceId(instanceOf(applicationId).getId()).singleResult().getProcessDefinitionId();
    }

    private ProcessDefinition definitionOf(String applicationId) {
        return repository.getProcessDefinition(instanceOf(applicationId).getProcessDefinitionId());
    }

    private HistoricActivityInstance closedLetterStep(String applicationId) {
        String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(applicationId)
                .singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("Task_TellClosed").singleResult();
    }
}
