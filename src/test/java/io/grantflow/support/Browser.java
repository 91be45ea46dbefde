package io.grantflow.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Debian's chromedriver; nothing is downloaded. Tests that use it are {@link RequiresChromium}. */
public final class Browser {

    /** System properties that name the browser and its driver, for a machine that has them elsewhere. */
    public static final String CHROMIUM = "chromium.binary";
    public static final String CHROMEDRIVER = "chromedriver.binary";

    private Browser() {
    }

    static String chromium() {
        return System.getProperty(CHROMIUM, "/usr/bin/chromium");
    }

    static String chromedriver() {
        return System.getProperty(CHROMEDRIVER, "/usr/bin/chromedriver");
    }

    public static ChromeDriver start() {
        return start("en-GB");
    }

    /** A browser whose first language is this one ("fr"), as pages read it from navigator.languages and Accept-Language. */
    public static ChromeDriver start(String language) {
        try {
            Path profile = Files.createTempDirectory("grantflow-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + language,
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(chromedriver()).toFile())
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs in to the portal at a laptop's width in the language, with the password equal to the user id. */
    public static void logInToPortal(ChromeDriver driver, int port, String userId, String language) {
        Screens.laptop(driver);
        driver.get("http://localhost:" + port + "/login?lang=" + language);
        driver.findElement(By.id("username")).sendKeys(userId);
        driver.findElement(By.id("password")).sendKeys(userId);
        driver.findElement(By.id("login")).click();
        waitUpTo(driver, 20).until(ExpectedConditions.urlContains("/portal/applications"));
    }

    /** Opens Camunda Tasklist and logs in with the password equal to the user id, as test users are made. */
    public static void logInToTasklist(ChromeDriver driver, int port, String userId) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        By username = By.cssSelector("input[ng-model='username']");
        waitUpTo(driver, 30).until(ExpectedConditions.visibilityOfElementLocated(username)).sendKeys(userId);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(userId);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        waitUpTo(driver, 30).until(ExpectedConditions.invisibilityOfElementLocated(username));
    }

    /** From now on every page the browser opens notes each Content-Security-Policy violation it meets. */
    public static void recordCspViolations(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = [];"
                        + "document.addEventListener('securitypolicyviolation',"
                        + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
    }

    /** The violations met on the current page, as "directive blocked-URI". */
    @SuppressWarnings("unchecked")
    public static List<String> cspViolations(ChromeDriver driver) {
        return (List<String>) driver.executeScript("return window.cspViolations || ['not recorded'];");
    }

    /**
     * What the current page gets for the address with its cookies, as a link it opens would: "status content-type"
     * ("200 application/pdf"), redirects not followed (a redirect reads "0 ").
     */
    public static String fetch(ChromeDriver driver, String url) {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {redirect: 'manual', credentials: 'same-origin'})"
                + ".then(r => done(r.status + ' ' + (r.headers.get('content-type') || '').split(';')[0]))"
                + ".catch(e => done('failed ' + e));", url);
    }

    public static WebDriverWait waitUpTo(ChromeDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
