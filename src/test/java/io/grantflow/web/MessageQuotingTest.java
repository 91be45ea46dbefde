package io.grantflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An apostrophe as the reader sees it. A message with arguments goes through MessageFormat, which wants it
 * doubled (l''appel {0}); a message without is shown as written, so a doubled one would show twice.
 */
class MessageQuotingTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "eligibility.properties", "eligibility_fr.properties"})
    void apostrophesAreQuotedOnlyWhereMessageFormatReadsThem(String file) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/" + file)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> wrong = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            boolean formatted = ARGUMENT.matcher(text).find();
            if (formatted ? LONE_QUOTE.matcher(text).find() : text.contains("''")) {
                wrong.add(key + "=" + text);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
