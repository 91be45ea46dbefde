package io.grantflow.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A headless Chromium opened before each test and closed after it, for a test whose base class is not
 * {@link BrowserTest}: {@code @RegisterExtension final ChromiumSession chromium = new ChromiumSession();}.
 */
public class ChromiumSession implements BeforeEachCallback, AfterEachCallback {

    private ChromeDriver driver;

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        driver = Browser.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
