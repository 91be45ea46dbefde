package io.grantflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.springframework.web.util.HtmlUtils;

/**
 * The scan for words of the wrong language: no fixed part (the text between a message's arguments, longer than six
 * characters) of a message of the other language, among the given key prefixes, is on the page. A message worded
 * alike in both languages is left out, and so are the values of the page's inputs (what the person typed).
 */
public final class OtherLanguage {

    private OtherLanguage() {
    }

    /** Fails naming the first phrase of the other language found on the page, whose language is "en" or "fr". */
    public static void assertNoneOn(String html, String pageLanguage, String... keyPrefixes) {
        Properties own = load(pageLanguage.equals("fr") ? "messages_fr" : "messages");
        Properties other = load(pageLanguage.equals("fr") ? "messages" : "messages_fr");
        String page = HtmlUtils.htmlUnescape(html.replaceAll("value=\"[^\"]*\"", ""))
                .replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', '\'');
        List<String> phrases = new ArrayList<>();
        for (String key : other.stringPropertyNames()) {
            if (Arrays.stream(keyPrefixes).noneMatch(key::startsWith) || other.getProperty(key).equals(own.getProperty(key))) {
                continue;
            }
            String text = other.getProperty(key);
            if (text.matches(".*\\{\\d.*")) {
                text = text.replace("''", "'");
            }
            for (String part : text.replace('\u00a0', ' ').split("\\{\\d+[^}]*}")) {
                if (part.trim().length() > 6) {
                    phrases.add(part.trim());
                }
            }
        }
        assertThat(phrases).as("phrases of the other language to look for").hasSizeGreaterThan(5);
        for (String phrase : phrases) {
            assertThat(page).as("text of the other language on a page in " + pageLanguage).doesNotContain(phrase);
        }
    }

    private static Properties load(String bundle) {
        Properties messages = new Properties();
        try (InputStream in = OtherLanguage.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
