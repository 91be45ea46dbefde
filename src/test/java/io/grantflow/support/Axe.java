package io.grantflow.support;

import java.io.IOException;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Results;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's rules on the page the browser shows, in one step: its script put into the page once and axe.run
 * called there. AxeBuilder.analyze puts the script in twice and opens a second window per page to merge the
 * results of frames from other origins; portal pages have no frames, so the rules and their results are the same.
 * A run that fails is an error here, never a page without violations.
 */
public final class Axe {

    private static final String SCRIPT = script();
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Axe() {
    }

    public static Results analyze(ChromeDriver browser) {
        browser.executeScript(SCRIPT);
        Object raw = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {}).then(r => done(JSON.parse(JSON.stringify(r))), e => done({error: String(e)}));");
        Results results = JSON.convertValue(raw, Results.class);
        if (results.getViolations() == null) {
            throw new IllegalStateException("axe-core did not run on " + browser.getCurrentUrl() + ": " + raw);
        }
        return results;
    }

    private static String script() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | javax.naming.OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is not on the class path", e);
        }
    }
}
