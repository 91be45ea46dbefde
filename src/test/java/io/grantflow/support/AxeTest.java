package io.grantflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** The accessibility check finds what it is there to find, and passes a page that has nothing to find. */
@RequiresChromium
class AxeTest {

    @Test
    void namesTheViolationsOfAPageAndNoneOnACleanOne() {
        ChromeDriver browser = Browser.start();
        try {
            browser.get(page("<html><head><title>Bad</title></head><body><main><img src='x.png'>"
                    + "<input type='text'></main></body></html>"));
            Results bad = Axe.analyze(browser);
            assertThat(bad.getViolations()).extracting(Rule::getId).contains("html-has-lang", "image-alt", "label");
            assertThat(bad.getViolations()).filteredOn(rule -> rule.getId().equals("image-alt"))
                    .extracting(Rule::getImpact).containsExactly("critical");

            browser.get(page("<html lang='en'><head><title>Good</title></head><body><main><h1>Good</h1>"
                    + "<label for='q'>Query</label><input id='q' type='text'></main></body></html>"));
            Results good = Axe.analyze(browser);
            assertThat(good.getViolations()).isEmpty();
            assertThat(good.getPasses()).extracting(Rule::getId).contains("html-has-lang", "label");
        } finally {
            browser.quit();
        }
    }

    private static String page(String html) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
