package io.grantflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.grantflow.call.Call;
import io.grantflow.support.CallScenario;
import io.grantflow.support.PortalCrawler;
import io.grantflow.support.PortalSession;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * Every page answers: each kind of user, in his or her language, follows every link of the portal from the
 * home page, with an open call of each programme, applications under review, and awards decided.
 */
class PortalCrawlTest extends CallScenario {

    private static final int PAGES_PER_USER = 400;
    /** Pages no link leads to, that a user still reaches: a stale bookmark, a mistyped address, a page of others. */
    private static final List<String> UNLINKED = List.of("/portal/applications/no-such-application", "/portal/calls/no-such-call/apply",
            "/portal/calls/no-such-call/nominate", "/portal/no-such-page", "/portal/dashboard", "/portal/dashboard/calls/no-such-call",
            "/portal/dashboard/calls/no-such-call/ranking.csv", "/portal/reviews/no-such-application/proposal",
            "/agreement/sign/no-such-token", "/prize/offers/no-such-token", "/portal/calls/a%2Fb/apply", "/portal/calls/%FF/apply");
    /** Codes no reader should see, in any language. */
    private static final List<String> RAW_CODES = List.of("FIRST_STEP", "PRIZE", "Task_");
    /** English that no message holds: the process diagrams' step names, shown on timelines. */
    private static final List<String> ENGLISH_STEPS = List.of("Application submitted", "Check eligibility", "Acknowledge receipt",
            "Call closed", "Decision taken", "Send decision letter", "Award accepted", "Review ineligibility", " months");

    /**
     * The calls and applications of other tests in the shared context, some made to hold template syntax as
     * text (io.grantflow.web.InertTextTest): their pages are not this crawl's.
     */
    private Set<String> othersData;
    /** The reviewers of this crawl's calls: the pool's pages of other tests' reviewers are not this crawl's either. */
    private List<String> ownReviewers = List.of();

    @Test
    void everyPageAnswersEveryUserInHisOrHerLanguage() {
        othersData = callsAndApplicationsSoFar();
        String manager = manager();
        List<String> panel = List.of(reviewer("JP", "graphene", "photonics"), reviewer("DE", "photonics", "quantum"));
        ownReviewers = panel;
        String english = applicant("en");
        String french = applicant("fr");
        String englishAward = decidedCallFunding(manager, panel, english, french);
        ineligibleApplications(english, french);
        acceptAward(englishAward, english);
        callUnderReview(panel, english, french);
        openCallsOfEachProgramme(english, french);

        List<String> failures = new ArrayList<>();
        crawl("anonymous (en)", PortalSession.anonymous(port).speaking("en"), "en", failures);
        crawl("anonymous (fr)", PortalSession.anonymous(port).speaking("fr"), "fr", failures);
        List<String> englishPages = crawl("applicant (en)", PortalSession.logIn(port, english).speaking("en"), "en", failures);
        // a French applicant on a browser set to English: the account's language is the one the portal speaks
        List<String> frenchPages = crawl("applicant (fr)", PortalSession.logIn(port, french).speaking("en-GB,en;q=0.8"), "fr", failures);
        crawl("reviewer", PortalSession.logIn(port, panel.get(0)).speaking("en"), "en", failures);
        List<String> managerPages = crawl("manager", PortalSession.logIn(port, manager).speaking("en"), "en", failures);
        crawl("admin", PortalSession.logIn(port, "admin", "admin-test-password").speaking("en"), "en", failures);

        assertThat(englishPages).as("the applicant's own pages").contains("/portal/applications/" + englishAward);
        assertThat(frenchPages.stream().filter(p -> p.matches("/portal/applications/[^?]+") && !UNLINKED.contains(p)))
                .as("the applicant's own pages").hasSize(4);
        assertThat(managerPages).as("the dashboard, its exports and the applications it lists")
                .anyMatch(p -> p.endsWith("/ranking.xlsx")).anyMatch(p -> p.endsWith("/decisions.csv"))
                .anyMatch(p -> p.contains("/applications?stage=")).contains("/portal/applications/" + englishAward);
        if (!failures.isEmpty()) {
            fail(failures.size() + " pages do not answer properly:\n" + String.join("\n", failures));
        }
    }

    /** Crawls as one user, adding the failures found; returns the pages visited. */
    private List<String> crawl(String who, PortalSession session, String language, List<String> failures) {
        List<String> starts = new ArrayList<>(List.of("/"));
        starts.addAll(UNLINKED);
        PortalCrawler crawler = PortalCrawler.of(session, language, PAGES_PER_USER).forbidding(RAW_CODES)
                .within(path -> othersData.stream().noneMatch(path::contains) && (!path.startsWith("/portal/reviewers/")
                        || path.matches("/portal/reviewers/(new|import).*") || ownReviewers.stream().anyMatch(path::contains)));
        if (language.equals("fr")) {
            crawler.forbidding(ENGLISH_STEPS);
        }
        crawler.crawl(starts.toArray(String[]::new)).forEach(f -> failures.add(who + ": " + f));
        return crawler.visited();
    }

    /** A First Step call reviewed and decided: both applicants funded. Returns the English applicant's application. */
    private String decidedCallFunding(String manager, List<String> panel, String english, String french) {
        Call call = callWithPanel(panel, Map.of(), "20000");
        String englishApp = submitEligible(call, english, "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String frenchApp = submitEligible(call, french, "Photonique de l'été", List.of("graphene", "photonics", "quantum"), 8000);
        ProcessInstance callProcess = closeCall(call);
        for (String app : List.of(englishApp, frenchApp)) {
            reviewTasksOf(app).forEach(task -> review(task, 5, 4, 5, "Excellent and timely."));
        }
        Task committee = tasks.createTaskQuery().processInstanceId(callProcess.getId()).singleResult();
        asUser(manager, () -> tasks.complete(committee.getId(), Map.of("fundedApplicationIds", List.of(englishApp, frenchApp))));
        runDueJobs();
        return englishApp;
    }

    private void acceptAward(String applicationId, String applicant) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(applicant, applicant);
        http.exchange("/api/applications/" + applicationId + "/award/acceptance", HttpMethod.POST, new HttpEntity<>(headers), String.class);
        runDueJobs();
    }

    /** Applications over the call's budget cap: ineligible, waiting for a manager to review the verdict. */
    private void ineligibleApplications(String english, String french) {
        Call call = openFirstStepCall();
        submitEligible(call, english, "Too costly", List.of("graphene", "photonics", "quantum"), 20000);
        submitEligible(call, french, "Trop coûteux", List.of("graphene", "photonics", "quantum"), 20000);
        runDueJobs();
    }

    /** A First Step call closed, its reviewers assigned and invited, no review given yet. */
    private void callUnderReview(List<String> panel, String english, String french) {
        Call call = callWithPanel(panel, Map.of(), "20000");
        submitEligible(call, english, "Quantum dots", List.of("quantum", "photonics", "dots"), 5000);
        submitEligible(call, french, "Boîtes quantiques", List.of("quantum", "photonics", "dots"), 5000);
        closeCall(call);
    }
}
