package io.grantflow.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.CoversForms;
import io.grantflow.support.RequiresChromium;
import io.grantflow.support.Screens;
import io.grantflow.support.TasklistForm;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The discussion as its users see it: a reviewer still writing sees no other review in his or her Tasklist form;
 * those who submitted read and revise in the portal (English and French, laptop and phone); then each rapporteur
 * writes the consensus report in Tasklist in his or her language, and the manager reads it on the application page.
 */
@RequiresChromium
@CoversForms("consensus-report")
class ConsensusReportBrowserTest extends CallScenario {

    @Autowired DiscussionService discussions;

    private static final String SECRET = "The partners have never met";

    @Test
    void reviewersDiscussInThePortalAndRapporteursWriteTheReportInTasklistInEnglishAndFrench() throws Exception {
        String en1 = reviewerSpeaking("en", "JP", "graphene", "photonics");
        String en2 = reviewerSpeaking("en", "DE", "graphene", "photonics");
        String fr1 = reviewerSpeaking("fr", "US", "graphene", "photonics");
        String fr2 = reviewerSpeaking("fr", "BR", "graphene", "photonics");
        Call call = callWithPanel(List.of(en1, en2, fr1, fr2), Map.of("discussionDays", 3), "50000");
        String appEn = submitEligible(call, applicant("en"), "Graphene photonics", List.of("graphene", "photonics", "quantum"), 9000);
        String appFr = submitEligible(call, applicant("fr"), "Photonique du graphène", List.of("graphene", "photonics", "quantum"), 9000);
        pinReviewers(call, Map.of(appEn, List.of(en1, en2), appFr, List.of(fr1, fr2)), manager());
        closeCall(call);

        review(reviewTaskOf(en1, appEn), 2, 2, 2, SECRET);
        moveClockTo(call.closesAt().plus(Duration.ofHours(1))); // the first to accept is the rapporteur by default
        Task writing = accept(reviewTaskOf(en2, appEn));
        ChromeDriver browser = Browser.start();
        try {
            // Tasklist: the reviewer still writing reads the application, never the other review
            TasklistForm form = TasklistForm.open(browser, port, en2, writing.getId()).showing("Field_title", "Graphene photonics");
            assertThat(form.text()).doesNotContain(SECRET);
            assertThat(String.valueOf(browser.executeScript("return document.body.innerText"))).doesNotContain(SECRET);
        } finally {
            browser.quit();
        }
        asUser(en2, () -> tasks.complete(writing.getId(), Map.of("score1", 4L, "score2", 4L, "score3", 4L,
                "commentForApplicant", "A fine plan with one weakness: the partners have to meet first.", "confidentialComment", "")));
        review(reviewTaskOf(fr1, appFr), 4, 3, 4, "Un projet solide, au budget de mission trop juste.");
        moveClockTo(call.closesAt().plus(Duration.ofHours(2)));
        review(reviewTaskOf(fr2, appFr), 5, 4, 4, "Très convaincant : une collaboration déjà active.");

        discussionPage(en1, en2, appEn, "en", "Reviewer 2", "Revise your review", "discussion-en");
        discussionPage(fr1, fr2, appFr, "fr", "Évaluateur 2", "Réviser votre évaluation", "discussion-fr");

        moveClockTo(call.closesAt().plus(Duration.ofDays(4)));
        runDueJobs();
        writeReport(en1, appEn, "en", "Consensus report", "Reviewer 1",
                "Both reviewers find the science strong; the partners should meet before the project starts.", "consensus-report-en");
        writeReport(fr1, appFr, "fr", "Rapport de consensus", "Évaluateur 1",
                "Les deux évaluateurs jugent le projet solide ; le budget de mission doit être revu.", "consensus-report-fr");
        assertThat(discussions.consensusOf(appEn)).get().extracting(DiscussionService.Consensus::report)
                .isEqualTo("Both reviewers find the science strong; the partners should meet before the project starts.");
        assertThat(discussions.consensusOf(appFr)).get().extracting(DiscussionService.Consensus::writtenBy).isEqualTo(fr1);

        String manager = manager();
        for (String language : List.of("en", "fr")) {
            ChromeDriver managerBrowser = Browser.start(language);
            try {
                // a manager's login lands on the dashboard
                Screens.laptop(managerBrowser);
                managerBrowser.get("http://localhost:" + port + "/login?lang=" + language);
                managerBrowser.findElement(By.id("username")).sendKeys(manager);
                managerBrowser.findElement(By.id("password")).sendKeys(manager);
                managerBrowser.findElement(By.id("login")).click();
                Browser.waitUpTo(managerBrowser, 20).until(d -> d.getCurrentUrl().contains("/portal/"));
                managerBrowser.get("http://localhost:" + port + "/portal/applications/" + appEn + "?lang=" + language);
                assertThat(managerBrowser.findElement(By.id("consensus-report")).getText())
                        .isEqualTo("Both reviewers find the science strong; the partners should meet before the project starts.");
                assertThat(managerBrowser.findElement(By.id("consensus")).getText())
                        .contains(language.equals("en") ? "Discussion and consensus" : "Discussion et consensus");
                Screens.shoot(managerBrowser, "consensus-manager-" + language, "#consensus");
                assertNoSidewaysScroll(managerBrowser);
            } finally {
                managerBrowser.quit();
            }
        }
    }

    private void discussionPage(String reviewerId, String otherId, String app, String language, String otherReviewer, String reviseTitle, String shot) {
        ChromeDriver browser = Browser.start(language);
        try {
            Browser.logInToPortal(browser, port, reviewerId, language);
            browser.findElement(By.id("nav-reviews")).click();
            browser.findElement(By.cssSelector("[data-application='" + app + "'] a")).click();
            Browser.waitUpTo(browser, 20).until(d -> !d.findElements(By.id("revise-form")).isEmpty());
            String page = browser.findElement(By.tagName("body")).getText();
            assertThat(page).contains(otherReviewer, reviseTitle).doesNotContain(otherId);
            Screens.shoot(browser, shot);
            assertNoSidewaysScroll(browser);
            // a revision: the first criterion one point up
            browser.findElement(By.cssSelector("#score1 option[value='3']")).click();
            browser.findElement(By.id("revise")).click();
            Browser.waitUpTo(browser, 20).until(d -> !d.findElements(By.id("revised")).isEmpty());
            Screens.shoot(browser, shot + "-revised");
        } finally {
            browser.quit();
        }
    }

    private void writeReport(String rapporteur, String app, String language, String heading, String firstReviewer,
                             String report, String shot) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(app).taskDefinitionKey("Task_Consensus").singleResult();
        assertThat(task.getAssignee()).isEqualTo(rapporteur);
        ChromeDriver browser = Browser.start(language);
        try {
            TasklistForm form = TasklistForm.open(browser, port, rapporteur, task.getId());
            wait(form, "Field_reviewsText", firstReviewer);
            assertThat(form.text()).contains(heading);
            form.type("Field_consensusReport", report);
            Screens.shoot(browser, shot, "div[cam-tasklist-form-camunda]");
            Screens.laptop(browser);
            form.complete(tasks, task.getId(), "tasklist-" + shot + "-completed");
        } finally {
            browser.quit();
        }
    }

    private static void wait(TasklistForm form, String field, String part) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> String.valueOf(form.value(field)).contains(part));
    }

    private static void assertNoSidewaysScroll(ChromeDriver browser) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long view = ((Number) browser.executeScript("return window.innerWidth;")).longValue();
        assertThat(width).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(view);
        Screens.laptop(browser);
    }
}
