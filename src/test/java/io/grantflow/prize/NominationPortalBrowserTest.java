package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.grantflow.call.Call;
import io.grantflow.support.Browser;
import io.grantflow.support.RequiresChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A unit director nominates through the portal in a real browser; a second nomination is refused on the page. */
@RequiresChromium
class NominationPortalBrowserTest extends PrizeScenario {

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNominatorNominatesWithCvAndLettersAndCannotNominateTwice() throws Exception {
        Call call = edition(List.of(juror("en")), Map.of());
        String nominator = nominator("en");
        Path cv = pdfFile("cv");
        Path letterA = pdfFile("letter-a");
        Path letterB = pdfFile("letter-b");

        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys(nominator);
        browser.findElement(By.id("password")).sendKeys(nominator);
        browser.findElement(By.id("login")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.urlContains("/portal/applications"));

        browser.get(url("/"));
        browser.findElement(By.cssSelector("[data-call-id='" + call.id() + "'] a.button")).click();
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nominate"))).click();
        fillNomination("Keiko Tanaka", cv, letterA, letterB);
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nominated")));

        String nominationId = jdbc.sql("SELECT id FROM prize_nomination WHERE call_id = ? AND nominator_id = ?")
                .params(call.id(), nominator).query(String.class).single();
        assertThat(jdbc.sql("SELECT kind FROM prize_document WHERE nomination_id = ? ORDER BY kind").param(nominationId)
                .query(String.class).list()).containsExactly("CV", "LETTER", "LETTER");

        browser.get(url("/portal/calls/" + call.id() + "/nominate"));
        fillNomination("Someone Else", cv, letterA, letterB);
        String error = Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("form-error"))).getText();
        assertThat(error).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM prize_nomination WHERE call_id = ?").param(call.id()).query(Long.class).single())
                .isEqualTo(1);
    }

    private void fillNomination(String name, Path cv, Path... letters) {
        Browser.waitUpTo(browser, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("nominate-form")));
        browser.findElement(By.id("nomineeName")).sendKeys(name);
        browser.findElement(By.id("nomineeInstitution")).sendKeys("Kyoto University");
        browser.findElement(By.id("nomineeCountry")).sendKeys("JP");
        browser.findElement(By.id("nomineeField")).sendKeys("Photonics");
        browser.findElement(By.id("nomineeEmail")).sendKeys(name.toLowerCase().replace(' ', '.') + "@kyoto.example");
        browser.findElement(By.id("statement")).sendKeys("Thirty years of work with teams abroad.");
        browser.findElement(By.id("cv")).sendKeys(cv.toString());
        // A multiple file input takes several paths separated by new lines.
        browser.findElement(By.id("letters")).sendKeys(String.join("\n", java.util.Arrays.stream(letters).map(Path::toString).toList()));
        browser.findElement(By.id("submit")).click();
    }

    private static Path pdfFile(String name) throws Exception {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, pdf());
        return file;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
