package io.grantflow.process;

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

import org.junit.jupiter.api.Test;

/**
 * Every task name a process builds fits Camunda's 255-character task name columns: its wording is short, and
 * each text that people typed goes through the taskNames bean, which shortens it.
 */
class TaskNameExpressionsTest {

    private static final Pattern USER_TASK_NAME = Pattern.compile("<bpmn:userTask [^>]*?name=\"([^\"]*)\"");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    /** Values the engine or the product makes, short by construction. */
    private static final Set<String> SHORT_VALUES = Set.of("year", "reportName");
    private static final int CAMUNDA_TASK_NAME_CHARS = 255;

    @Test
    void everyTaskNameFitsItsColumnWhateverWasTyped() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher m = USER_TASK_NAME.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertThat(names).anyMatch(name -> name.contains("${"));
        for (String name : names) {
            Matcher expression = EXPRESSION.matcher(name);
            int room = 0;
            while (expression.find()) {
                String value = expression.group(1);
                if (value.startsWith("taskNames.text(")) {
                    room += TaskNames.TEXT_CHARS;
                } else if (value.startsWith("taskNames.half(")) {
                    room += TaskNames.TEXT_CHARS / 2;
                } else {
                    assertThat(SHORT_VALUES).as("%s: a value in a task name goes through taskNames", name).contains(value);
                    room += 10;
                }
            }
            String wording = EXPRESSION.matcher(name).replaceAll("");
            assertThat(wording.length()).as(name).isLessThanOrEqualTo(TaskNames.MAX_WORDING_CHARS);
            assertThat(wording.length() + room).as(name).isLessThan(CAMUNDA_TASK_NAME_CHARS);
        }
    }
}
