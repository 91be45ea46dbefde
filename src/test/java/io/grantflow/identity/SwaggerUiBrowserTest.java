package io.grantflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantflow.support.Browser;
import io.grantflow.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Swagger UI still draws the API's operations under its Content-Security-Policy. */
class SwaggerUiBrowserTest extends BrowserTest {

    @Test
    void swaggerUiShowsTheOperationsWithoutAPolicyViolation() {
        browser.get(url("/swagger-ui.html"));
        Browser.waitUpTo(browser, 30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(e -> e.getAttribute("data-path")).contains("/api/register");
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }
}
