package io.grantflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import io.grantflow.identity.Groups;
import io.grantflow.support.Axe;
import io.grantflow.support.Browser;
import io.grantflow.support.CallScenario;
import io.grantflow.support.ChromiumSession;
import io.grantflow.support.PortalCrawler;
import io.grantflow.support.PortalSession;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's rules on every kind of portal page, for each kind of user in English and in French, at a phone's
 * width: a serious or critical violation (a field without a label, text without contrast, a page without a
 * language) fails the test with the page, the rule and the elements.
 */
@RequiresChromium
class AccessibilityBrowserTest extends CallScenario {

    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final int PAGES_PER_USER = 60;

    @RegisterExtension final ChromiumSession chromium = new ChromiumSession();

    /** The calls and applications of other tests in the shared context: one page of each kind is enough. */
    private Set<String> othersData;

    @Test
    void everyKindOfPortalPageHasNoSeriousOrCriticalViolationInEitherLanguage() {
        othersData = callsAndApplicationsSoFar();
        String english = applicant("en");
        String french = applicant("fr");
        openCallsOfEachProgramme(english, french);

        List<String> violations = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        check(null, "en", checked, violations);
        check(null, "fr", checked, violations);
        check(english, "en", checked, violations);
        check(french, "fr", checked, violations);
        check(manager(), "en", checked, violations);
        check(user("manager", "fr", Groups.MANAGERS), "fr", checked, violations);
        assertThat(checked).as("the kinds of page checked").contains("en /", "fr /", "en /portal/calls/{id}", "fr /portal/calls/{id}",
                "fr /portal/applications", "en /portal/applications/{id}", "en /portal/dashboard", "fr /portal/dashboard/calls/{id}");
        assertThat(violations).as("serious and critical accessibility violations").isEmpty();
    }

    /** Crawls the user's pages over HTTP, then opens each kind of page not yet checked in Chromium as that user and runs axe. */
    private void check(String userId, String language, Set<String> checked, List<String> violations) {
        PortalSession session = userId == null ? PortalSession.anonymous(port).speaking(language) : PortalSession.logIn(port, userId);
        PortalCrawler crawler = PortalCrawler.of(session, language, PAGES_PER_USER)
                .within(path -> !path.matches(".*\\.(csv|xlsx|pdf|zip)(\\?.*)?") && !path.contains("/proposal") && !path.contains("lang=")
                        && othersData.stream().noneMatch(path::contains) && !path.matches("/portal/reviewers/(?!new|import).+"));
        crawler.crawl("/");
        Map<String, String> oneOfEachKind = new LinkedHashMap<>();
        for (String path : crawler.visited()) {
            if (checked.add(language + " " + kind(path))) { // a kind of page seen in this language by another user is not run again
                oneOfEachKind.put(kind(path), path);
            }
        }

        ChromeDriver browser = chromium.driver();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 1400));
        browser.get("http://localhost:" + port + "/?lang=" + language);
        if (userId != null) {
            browser.get("http://localhost:" + port + "/login");
            browser.findElement(By.id("username")).sendKeys(userId);
            browser.findElement(By.id("password")).sendKeys(userId);
            browser.findElement(By.id("login")).click();
            Browser.waitUpTo(browser, 20).until(d -> d.getCurrentUrl().contains("/portal/"));
        }
        for (String path : oneOfEachKind.values()) {
            browser.get("http://localhost:" + port + path);
            Results results = Axe.analyze(browser);
            for (Rule rule : results.getViolations()) {
                if (FAILING.contains(rule.getImpact())) {
                    violations.add((userId == null ? "anonymous" : userId) + " (" + language + ") " + path + ": " + rule.getId()
                            + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
                }
            }
        }
    }

    /** A page's kind: its path with ids and numbers replaced, so that each template is checked once per user. */
    private static String kind(String path) {
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}").replaceAll("\\d+", "{n}");
    }
}
