package io.grantflow.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a {@link RequiresChromium} test only where the browser and its driver exist, or fails it where they must. */
final class ChromiumCondition implements ExecutionCondition {

    static final String REQUIRED = "browser.required";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String message = "Browser test " + context.getDisplayName() + " cannot run: missing " + String.join(" and ", missing)
                + ". Install Debian's packages with `apt-get install chromium chromium-driver`"
                + " (or point -D" + Browser.CHROMIUM + " / -D" + Browser.CHROMEDRIVER + " at them).";
        if (Boolean.getBoolean(REQUIRED)) {
            throw new IllegalStateException(message + " -D" + REQUIRED + "=true: browser tests may not be skipped.");
        }
        System.err.println("WARNING: SKIPPED " + message);
        return ConditionEvaluationResult.disabled("SKIPPED " + message);
    }

    private static List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String[] executable : new String[][] {{"Chromium", Browser.chromium()}, {"chromedriver", Browser.chromedriver()}}) {
            if (!Files.isExecutable(Path.of(executable[1]))) {
                missing.add(executable[0] + " at " + executable[1]);
            }
        }
        return missing;
    }
}
