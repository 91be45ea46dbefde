package io.grantflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.EngineRest;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * A call whose reviewer assignment is impossible goes to the programme managers: a task in Tasklist, a mail in
 * each manager's language naming the applications and why, the applications shown blocked on the dashboard,
 * and the fixes carried out when the task completes. No incident is left for Cockpit.
 */
class BlockedAssignmentTest extends BlockedAssignmentScenario {

    @Test
    void aPanelTooSmallReachesTheManagersWhoAddAReviewerAndRetry() {
        String english = user("manager", "en", Groups.MANAGERS);
        String french = user("manager", "fr", Groups.MANAGERS);
        String onlyReviewer = reviewer("JP", "graphene", "photonics");
        String spare = reviewer("DE", "photonics", "quantum");
        Call call = call(List.of(onlyReviewer));
        String first = submit(call, "Graphene waveguides");
        String second = submit(call, "Quantum dots on chip");

        ProcessInstance instance = closeAndAssign(call);

        Task task = blockedTask(instance);
        assertThat(task).isNotNull();
        assertThat(task.getName()).isEqualTo("Reviewer assignment blocked: " + call.title());
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> Groups.MANAGERS.equals(link.getGroupId()));
        assertThat(incidents(instance)).isZero();
        assertThat((String) engine.getTaskService().getVariable(task.getId(), "blockedExplanation"))
                .contains("Graphene waveguides", "Quantum dots on chip", "The panel is too small");
        assertThat(lastMailTo(english)).contains("Reviewer assignment blocked", call.title(), "Graphene waveguides",
                "Quantum dots on chip", "The panel is too small", "needs 2 reviewers");
        assertThat(lastMailTo(french)).contains("Affectation des évaluateurs bloquée", "« Graphene waveguides »",
                "« Quantum dots on chip »", "Le panel est trop petit");
        assertThat(stageCount(call, english, "BLOCKED")).isEqualTo(2);
        assertThat(stageCount(call, english, "UNDER_REVIEW")).isZero();
        assertThat(get("/api/calls/" + call.id() + "/dashboard/applications?stage=blocked", english, String.class).getBody())
                .contains("Graphene waveguides", "Quantum dots on chip");

        EngineRest rest = EngineRest.as(http, english);
        assertRefused(rest, task, fixes("0", "2", "[]", "retry"), "maxLoad", "from 1 to 100");
        assertRefused(rest, task, fixes("4", "3", "[]", "retry"), "reviewersPerApplication", "3 reviewers per application is more than the 1 reviewers");
        assertRefused(rest, task, fixes("4", "2", "[\\\"nobody-at-all\\\"]", "retry"), "addReviewerIds", "nobody-at-all is not a reviewer with a profile");
        assertRefused(rest, task, fixes("4", "2", "[\\\"" + onlyReviewer + "\\\"]", "retry"), "is already on the call's panel");
        assertRefused(rest, task, fixes("4", "2", "[]", "later"), "assignmentChoice");
        assertThat(blockedTask(instance)).isNotNull();

        ResponseEntity<String> done = rest.post("/task/" + task.getId() + "/complete", fixes("4", "2", "[\\\"" + spare + "\\\"]", "retry"));
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
        runJobsUntilDone(10);

        assertThat(blockedTask(instance)).isNull();
        assertThat(incidents(instance)).isZero();
        assertThat(assignments.panel(call.id())).extracting(ReviewerProfile::userId).containsExactlyInAnyOrder(onlyReviewer, spare);
        for (String app : List.of(first, second)) {
            assertThat(reviewTasksOf(app)).extracting(Task::getAssignee).containsExactlyInAnyOrder(onlyReviewer, spare);
        }
        assertThat(mailSubjectsTo(spare)).hasSize(2);
        assertThat(stageCount(call, english, "BLOCKED")).isZero();
        assertThat(stageCount(call, english, "UNDER_REVIEW")).isEqualTo(2);
    }

    @Test
    void loadsTooLowStayBlockedOnRetryThenTheCoverableApplicationIsAssignedAndTheOtherStaysBlocked() {
        String manager = user("manager", "en", Groups.MANAGERS);
        List<String> panel = List.of(reviewerTaking(1, "graphene"), reviewerTaking(1, "photonics"));
        Call call = call(panel);
        String first = submit(call, "Covered first");
        String second = submit(call, "Left for later");
        ProcessInstance instance = closeAndAssign(call);
        assertThat(lastMailTo(manager)).contains("The reviewers' loads are too low", "2 applications need 2 reviewers each");

        EngineRest rest = EngineRest.as(http, manager);
        Task task = blockedTask(instance);
        assertThat(rest.post("/task/" + task.getId() + "/complete", fixes("1", "2", "[]", "retry")).getStatusCode().value()).isEqualTo(204);
        runJobsUntilDone(10);

        Task again = blockedTask(instance);
        assertThat(again).isNotNull();
        assertThat(again.getId()).isNotEqualTo(task.getId());
        assertThat(incidents(instance)).isZero();
        assertThat((String) engine.getTaskService().getVariable(again.getId(), "blockedExplanation")).contains("loads are too low");

        assertThat(rest.post("/task/" + again.getId() + "/complete", fixes("", "", "[]", "coverWhatCan")).getStatusCode().value()).isEqualTo(204);
        runJobsUntilDone(10);

        assertThat(blockedTask(instance)).isNull();
        assertThat(reviewTasksOf(first)).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(panel);
        assertThat(reviewTasksOf(second)).isEmpty();
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "blockedApplicationIds")).isEqualTo(List.of(second));
        assertThat(stageCount(call, manager, "BLOCKED")).isEqualTo(1);
        assertThat(stageCount(call, manager, "UNDER_REVIEW")).isEqualTo(1);
        assertThat(get("/api/calls/" + call.id() + "/dashboard/applications?stage=blocked", manager, String.class).getBody())
                .contains("Left for later").doesNotContain("Covered first");
    }

    @Test
    void aRaisedMaximumLoadAndARetryInviteTheReviewersOfEveryApplication() {
        String manager = user("manager", "en", Groups.MANAGERS);
        List<String> panel = List.of(reviewerTaking(1, "graphene"), reviewerTaking(1, "photonics"));
        Call call = call(panel);
        List<String> apps = List.of(submit(call, "First of two"), submit(call, "Second of two"));
        ProcessInstance instance = closeAndAssign(call);

        Task task = blockedTask(instance);
        assertThat(EngineRest.as(http, manager).post("/task/" + task.getId() + "/complete", fixes("2", "2", "[]", "retry"))
                .getStatusCode().value()).isEqualTo(204);
        runJobsUntilDone(10);

        assertThat(blockedTask(instance)).isNull();
        assertThat(panel).allSatisfy(r -> assertThat(reviewers.find(r).orElseThrow().maxLoad()).isEqualTo(2));
        for (String app : apps) {
            assertThat(reviewTasksOf(app)).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(panel);
        }
        assertThat(panel).allSatisfy(r -> assertThat(mailSubjectsTo(r)).hasSize(2));
        assertThat(stageCount(call, manager, "UNDER_REVIEW")).isEqualTo(2);
    }

    @Test
    void fewerReviewersPerApplicationChangeTheCallsRule() {
        String manager = user("manager", "en", Groups.MANAGERS);
        String only = reviewer("JP", "graphene");
        Call call = call(List.of(only));
        String app = submit(call, "One reviewer is enough");
        ProcessInstance instance = closeAndAssign(call);

        Task task = blockedTask(instance);
        assertThat(EngineRest.as(http, manager).post("/task/" + task.getId() + "/complete", fixes("", "1", "[]", "retry"))
                .getStatusCode().value()).isEqualTo(204);
        runJobsUntilDone(10);

        assertThat(calls.get(call.id()).settings().integer("reviewersPerApplication")).isEqualTo(1);
        assertThat(reviewTasksOf(app)).extracting(Task::getAssignee).containsExactly(only);
    }

    @Test
    void theApplicantsOwnExclusionsAreNamedAndTheOtherApplicationIsCoveredWithoutWaitingForIt() {
        String manager = user("manager", "fr", Groups.MANAGERS);
        String excluded = reviewer("JP", "graphene");
        String other = reviewer("DE", "photonics");
        Call call = call(List.of(excluded, other));
        Map<String, Object> form = eligibleApplication();
        form.put("title", "Excludes a reviewer");
        form.put("excludedReviewers", List.of("Institute " + excluded));
        String excluding = (String) submit(call.id(), applicant("en"), form, pdf(), null).getBody().get("id");
        String plain = submit(call, "Excludes nobody");
        ProcessInstance instance = closeAndAssign(call);

        assertThat(lastMailTo(manager)).contains("« Excludes a reviewer »", "Le panel est trop petit",
                "Le candidat de « Excludes a reviewer » a exclu des évaluateurs du panel",
                "Aucune raison ci-dessus ne concerne les autres candidatures (« Excludes nobody »)");
        assertThat(stageCount(call, manager, "BLOCKED")).isEqualTo(2);
        String page = new String(PortalSession.logIn(port, manager)
                .get("/portal/dashboard/calls/" + call.id() + "/applications?stage=blocked").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("Bloquées", "Bloquée : en attente d&#39;évaluateurs", "Excludes a reviewer", "Excludes nobody");

        Task task = blockedTask(instance);
        assertThat((String) engine.getTaskService().getVariable(task.getId(), "blockedExplanation"))
                .contains("The applicant of \"Excludes a reviewer\" excluded reviewers of the panel");
        assertThat(EngineRest.as(http, manager).post("/task/" + task.getId() + "/complete", fixes("", "", "[]", "coverWhatCan"))
                .getStatusCode().value()).isEqualTo(204);
        runJobsUntilDone(10);

        assertThat(reviewTasksOf(plain)).extracting(Task::getAssignee).containsExactlyInAnyOrder(excluded, other);
        assertThat(reviewTasksOf(excluding)).isEmpty();
        assertThat(stageCount(call, manager, "BLOCKED")).isEqualTo(1);
    }

    /** The completion Tasklist sends: numbers and the choice untyped, the checklist as JSON. */
    private static String fixes(String maxLoad, String reviewersPerApplication, String addReviewerIds, String choice) {
        return "{\"variables\":{"
                + "\"maxLoad\":{\"value\":" + (maxLoad.isEmpty() ? "null" : maxLoad) + "},"
                + "\"reviewersPerApplication\":{\"value\":" + (reviewersPerApplication.isEmpty() ? "null" : reviewersPerApplication) + "},"
                + "\"addReviewerIds\":{\"value\":\"" + addReviewerIds + "\",\"type\":\"Json\"},"
                + "\"assignmentChoice\":{\"value\":\"" + choice + "\"}}}";
    }

    private static void assertRefused(EngineRest rest, Task task, String body, String... reasons) {
        ResponseEntity<String> refused = rest.post("/task/" + task.getId() + "/complete", body);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getBody()).contains(reasons);
    }

    @SuppressWarnings("unchecked")
    private long stageCount(Call call, String manager, String stage) {
        Map<String, Object> dashboard = get("/api/calls/" + call.id() + "/dashboard", manager, Map.class).getBody();
        return ((List<Map<String, Object>>) dashboard.get("funnel")).stream()
                .filter(s -> stage.equals(s.get("stage"))).mapToLong(s -> ((Number) s.get("count")).longValue()).sum();
    }
}
