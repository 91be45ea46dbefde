package io.grantflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Every Camunda Form keeps what people outside the funder typed out of Markdown: a text component names only
 * values the server makes (links, numbers, reason codes), and typed text is shown in a disabled field, which
 * form-js shows literally and does not submit.
 */
class TaskFormTextTest {

    /** The values a text component may hold: built by the server, never typed by an applicant or nominator. */
    static final Set<String> SERVER_MADE = Set.of("proposalUrl", "proposalLinkText", "newTabText", "applicationLink", "rankingTies", "cvLink", "agreementUrl", "annualReportUrl", "applicationUrl", "finalReportUrl", "year", "envelopeEur", "supporters", "ineligibilityReasons", "declarationText", "calibrationNote", "replySummary");
    /** Typed by applicants, nominators or staff, shown in task forms. */
    static final Set<String> TYPED = Set.of("title", "abstractText", "keywordsText", "partnersText", "callTitle",
            "candidateName", "possibleDuplicateName", "candidateField", "blockedExplanation");
    static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

    @Test
    void textComponentsHoldOnlyWhatTheServerMakesAndTypedTextIsInDisabledFields() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).hasSizeGreaterThanOrEqualTo(12);
        for (Path form : forms) {
            List<JsonNode> components = new ArrayList<>();
            collect(new ObjectMapper().readTree(form.toFile()).path("components"), components);
            for (JsonNode c : components) {
                String type = c.path("type").asText();
                assertThat(type).as("%s: no raw HTML view", form).isNotEqualTo("html");
                if (type.equals("text")) {
                    String text = c.path("text").asText();
                    assertThat(text).as("%s %s: no expression in a text view", form, c.path("id")).doesNotStartWith("=");
                    Matcher m = TEMPLATE.matcher(text);
                    while (m.find()) {
                        if (m.group(1).startsWith("/")) {
                            continue; // the end of a conditional section, not a value
                        }
                        if (m.group(1).startsWith("wording.")) {
                            continue; // the form's own words, from the product's messages (TaskFormWording)
                        }
                        assertThat(m.group(1)).as("%s %s", form, c.path("id")).isIn(SERVER_MADE);
                    }
                } else if (TYPED.contains(c.path("key").asText())) {
                    assertThat(c.path("disabled").asBoolean()).as("%s %s is shown, not submitted", form, c.path("id")).isTrue();
                }
            }
        }
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode c : components) {
            into.add(c);
            collect(c.path("components"), into);
        }
    }
}
