package io.grantflow.assignmentpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.grantflow.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A manager in the portal with Chromium: logged in, and each page shot at a desktop's and a phone's width. */
final class ManagerBrowser {

    static final Path SHOTS = Path.of("/tmp/shots/assignment");

    private final ChromeDriver driver;
    private final int port;

    ManagerBrowser(ChromeDriver driver, int port, String managerId) {
        this.driver = driver;
        this.port = port;
        Browser.recordCspViolations(driver);
        driver.manage().window().setSize(new Dimension(1366, 1000));
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(managerId);
        driver.findElement(By.id("password")).sendKeys(managerId);
        driver.findElement(By.id("login")).click();
        Browser.waitUpTo(driver, 20).until(ExpectedConditions.urlContains("/portal/dashboard"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path, String waitForId) {
        driver.get(url(path));
        waitFor(waitForId);
    }

    void waitFor(String id) {
        Browser.waitUpTo(driver, 20).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /**
     * The current page shot at 1366 px and at 390 px, the whole page long; at 390 px the page must not scroll
     * sideways, and no Content-Security-Policy violation may have happened.
     */
    void shoot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        for (int width : new int[] {1366, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 6000)));
            Files.write(SHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            if (width == 390) {
                Long sideways = (Long) driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(sideways).as(name + " scrolls sideways at 390 px").isLessThanOrEqualTo(0L);
            }
        }
        driver.manage().window().setSize(new Dimension(1366, 1000));
        assertThat(Browser.cspViolations(driver)).isEmpty();
    }
}
