package io.grantflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.grantflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the BPMN files name exists: every bean of a delegate or listener expression, and of a method called in
 * an expression (${taskNames.text(title)}), is a bean of the application; every mail template is there in
 * English and in French. A typo otherwise shows only when a process reaches that step.
 */
class ProcessFilesResolveTest extends IntegrationTest {

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z]\\w*)}\"");
    /** A method called on a bean; size(), isEmpty() and contains() are called on collections held in variables. */
    private static final Pattern METHOD_CALL = Pattern.compile("\\$\\{([A-Za-z]\\w*)\\.(?!size\\(|isEmpty\\(|contains\\()\\w+\\(");

    /** A letter a send task names: a shared template (decision-funded) or a programme's own (joint-lab/label-granted). */
    private static final Pattern LETTER = Pattern.compile("<camunda:inputParameter name=\"letter\">([^<$]+)</camunda:inputParameter>");

    @Autowired ApplicationContext context;

    @Test
    void everyBeanABpmnFileNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path file : files(Path.of("bpmn"), ".bpmn")) {
            String xml = Files.readString(file);
            collect(DELEGATE, xml, named);
            collect(METHOD_CALL, xml, named);
        }
        assertThat(named).as("beans named in bpmn/").isNotEmpty().contains("taskNames", "assignReviewersDelegate");
        assertThat(named.stream().filter(name -> !context.containsBean(name)).toList()).as("named but not beans").isEmpty();
    }

    @Test
    void everyMailTemplateIsWrittenInBothLanguages() throws IOException {
        Path mail = Path.of("src/main/resources/templates/mail");
        Set<String> english = names(mail.resolve("en"));
        Set<String> french = names(mail.resolve("fr"));
        assertThat(english).isNotEmpty();
        assertThat(french).as("French templates").isEqualTo(english);
        for (String template : english) {
            for (String language : List.of("en", "fr")) {
                assertThat(Files.readString(mail.resolve(language).resolve(template))).as(language + "/" + template)
                        .startsWith("Subject: ");
            }
        }
    }

    @Test
    void everyLetterAProcessSendsHasItsTemplateInBothLanguages() throws IOException {
        Set<String> letters = new TreeSet<>();
        for (Path file : files(Path.of("bpmn"), ".bpmn")) {
            collect(LETTER, Files.readString(file), letters);
        }
        assertThat(letters).contains("decision-funded", "joint-lab/label-granted");
        for (String letter : letters) {
            for (String language : List.of("en", "fr")) {
                int slash = letter.indexOf('/');
                Path template = slash < 0 ? Path.of("src/main/resources/templates/mail", language, letter + ".txt")
                        : Path.of("bpmn", letter.substring(0, slash), "mail", language, letter.substring(slash + 1) + ".txt");
                assertThat(template).as(letter + " in " + language).exists();
                assertThat(Files.readString(template)).as(template.toString()).startsWith("Subject: ");
            }
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> names(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path file : files(folder, ".txt")) {
            names.add(file.getFileName().toString());
        }
        return names;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
