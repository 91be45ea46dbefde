package io.grantflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Every word a Tasklist form reads from its "wording" has its message in English and in French, and they differ. */
class FormWordingTest {

    private static final Pattern REFERENCE = Pattern.compile("wording\\.([\\w.]+)");

    @Test
    void everyWordingAFormReadsIsWrittenInBothLanguages() throws IOException {
        Properties en = bundle("messages.properties");
        Properties fr = bundle("messages_fr.properties");
        List<String> missing = new ArrayList<>();
        int references = 0;
        try (Stream<Path> forms = Files.walk(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                String text = Files.readString(form);
                String id = new ObjectMapper().readTree(text).get("id").asText();
                Matcher reference = REFERENCE.matcher(text);
                while (reference.find()) {
                    references++;
                    String key = "tasklist." + id + "." + reference.group(1);
                    if (!en.containsKey(key) || !fr.containsKey(key)) {
                        missing.add(form + ": " + key);
                    } else if (en.getProperty(key).equals(fr.getProperty(key)) && en.getProperty(key).length() > 8) {
                        missing.add(form + ": " + key + " is not translated");
                    }
                }
            }
        }
        assertThat(references).isGreaterThan(90);
        assertThat(missing).isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", name))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
