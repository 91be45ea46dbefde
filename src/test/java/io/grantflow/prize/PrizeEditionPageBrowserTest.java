package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.identity.Groups;
import io.grantflow.support.Browser;
import io.grantflow.support.RequiresChromium;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A programme manager opens an edition from its call's page, appoints its jury and chair, moves the embargo, mends a refusal. */
@RequiresChromium
class PrizeEditionPageBrowserTest extends PrizeScenario {

    private static final Path SHOTS = Path.of("/tmp/shots/prize");

    private ChromeDriver browser;

    @Test
    void aManagerAppointsTheJuryAndItsChairThenMendsAChairOutsideTheJury() throws Exception {
        String ana = jurorAt("Ana", "Silva", "Universidade de São Paulo", "BR");
        String ken = jurorAt("Ken", "Sato", "University of Tokyo", "JP");
        Call call = edition(List.of(), Map.of());
        nominateOne(call);
        logInAsManager();
        browser.get(url("/portal/dashboard/calls/" + call.id()));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("edition-link"))).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("edition-form")));

        WebElement anaRow = juror(browser, ana);
        assertThat(anaRow.getText()).contains("Ana Silva", "Universidade de São Paulo", "Brazil");
        assertThat(browser.findElement(By.id("nominatorGroups")).getText()).contains("Unit directors", "Previous laureates of the prize");
        assertThat(browser.findElement(By.cssSelector("#progress [data-step='nominations']")).getText())
                .startsWith("1 nomination received (latest: ");
        shot(browser, "edition-1366.png");

        anaRow.findElement(By.cssSelector("input[name='jury']")).click();
        juror(browser, ken).findElement(By.cssSelector("input[name='jury']")).click();
        juror(browser, ken).findElement(By.cssSelector("input[name='chair']")).click();
        browser.findElement(By.cssSelector("[data-group='" + PrizeGroups.LAUREATES + "'] input")).click();
        LocalDateTime embargo = LocalDateTime.ofInstant(call.closesAt(), Call.FUNDER_ZONE).plusDays(30).withHour(10)
                .withMinute(0).withSecond(0).withNano(0);
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("announceAt")), embargo.toString());
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));

        PrizeEdition saved = editions.get(call.id());
        assertThat(saved.jury()).containsExactlyInAnyOrder(ana, ken);
        assertThat(saved.chair()).isEqualTo(ken);
        assertThat(saved.nominatorGroups()).doesNotContain(PrizeGroups.LAUREATES).contains(PrizeGroups.UNIT_DIRECTORS);
        assertThat(saved.announceAt()).isEqualTo(embargo.atZone(Call.FUNDER_ZONE).toInstant());
        assertThat(browser.findElement(By.id("announceAt")).getAttribute("value")).isEqualTo(embargo.toString());

        // the chair's juror unticked: refused beside the chair and in the summary, the ticks kept as they were typed
        juror(browser, ken).findElement(By.cssSelector("input[name='jury']")).click();
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Chair", "must be one of the jurors ticked");
        assertThat(browser.findElement(By.id("chair-error")).getText()).isEqualTo("must be one of the jurors ticked");
        assertThat(juror(browser, ken).findElement(By.cssSelector("input[name='jury']")).isSelected()).isFalse();
        assertThat(editions.get(call.id()).jury()).containsExactlyInAnyOrder(ana, ken);
        shot(browser, "edition-refused-1366.png");

        browser.manage().window().setSize(new Dimension(390, 2400));
        browser.get(url("/portal/dashboard/calls/" + call.id() + "/edition?lang=fr"));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("edition-form")));
        assertThat(browser.findElement(By.cssSelector("label[for='announceAt']")).getText()).isEqualTo("Embargo jusqu'au");
        assertThat(juror(browser, ana).getText()).contains("Brésil");
        assertThat(browser.findElement(By.id("progress")).getText()).contains("conflits d'intérêts");
        assertThat(browser.findElement(By.id("nominatorGroups")).getText()).contains("Directeurs d'unité", "Conseil scientifique");
        seenOnAPhone("edition-fr-390.png");
    }

    @Test
    void anEditionClosedWithoutAJuryIsAppointedOnThePageItsOtherSettingsLocked() throws Exception {
        String ana = jurorAt("Ana", "Silva", "Universidade de São Paulo", "BR");
        Call call = edition(List.of(), Map.of());
        nominateOne(call);
        closeNominations(call);
        logInAsManager();
        browser.get(url("/portal/dashboard/calls/" + call.id() + "/edition"));
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("edition-form")));
        assertThat(browser.findElement(By.id("locks")).getText()).contains("Nominations have closed without a jury");
        assertThat(browser.findElement(By.id("announceAt")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("excludeHomeCountry")).isEnabled()).isFalse();
        shot(browser, "edition-awaiting-jury-1366.png");

        juror(browser, ana).findElement(By.cssSelector("input[name='jury']")).click();
        juror(browser, ana).findElement(By.cssSelector("input[name='chair']")).click();
        browser.findElement(By.id("save")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(tasksOf(ana, call)).extracting(Task::getTaskDefinitionKey)
                .containsExactly("Task_DeclareConflicts");
        assertThat(browser.findElement(By.id("locks")).getText()).contains("can no longer change");
        assertThat(browser.findElements(By.id("save"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#progress [data-step='conflicts']")).getText())
                .startsWith("Conflicts declared by 0 of 1 jurors");

        browser.manage().window().setSize(new Dimension(390, 2400));
        browser.navigate().refresh();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("edition-form")));
        seenOnAPhone("edition-closed-390.png");
    }

    @BeforeEach
    void openBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        browser = Browser.start();
        Browser.recordCspViolations(browser);
        browser.manage().window().setSize(new Dimension(1366, 2400));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void logInAsManager() {
        String manager = user("manager", "en", Groups.MANAGERS);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(manager);
        browser.findElement(By.id("password")).sendKeys(manager);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-dashboard")));
    }

    private void nominateOne(Call call) {
        candidateNominated(call.id(), nominator("en"), nominee("Dana Kowalski", "Jagiellonian University", "PL", "dana@uj.example"));
    }

    private static WebElement juror(ChromeDriver browser, String id) {
        return browser.findElement(By.cssSelector("#jury li[data-juror='" + id + "']"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The page at 390 px: no sideways scrolling, nothing the Content-Security-Policy refused, and its screenshot. */
    private void seenOnAPhone(String name) throws Exception {
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")).isTrue();
        shot(browser, name);
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    /** A screenshot of the whole page at the window's width, for a person to look at. */
    private static void shot(ChromeDriver browser, String name) throws Exception {
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(size);
    }
}
