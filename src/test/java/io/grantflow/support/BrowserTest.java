package io.grantflow.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/** An integration test with a headless Chromium that notes every Content-Security-Policy violation it meets. */
@RequiresChromium
public abstract class BrowserTest extends IntegrationTest {

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        Browser.recordCspViolations(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
