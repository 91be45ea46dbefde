package io.grantflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every task form the product deploys is filled and completed in a real browser by a test that says so with
 * {@link CoversForms}, and that test needs Chromium: a form added without one fails here.
 */
class EveryFormHasABrowserTestTest {

    @Test
    void everyDeployedFormIsCoveredByABrowserTest() throws Exception {
        Set<String> forms;
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            forms = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".form"))
                    .map(n -> n.substring(0, n.length() - ".form".length())).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(forms).isNotEmpty();

        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(CoversForms.class));
        Set<String> covered = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.grantflow")) {
            Class<?> test = Class.forName(candidate.getBeanClassName());
            assertThat(test.isAnnotationPresent(RequiresChromium.class) || BrowserTest.class.isAssignableFrom(test))
                    .as(test.getSimpleName() + " covers forms, so it runs in Chromium").isTrue();
            covered.addAll(Arrays.asList(test.getAnnotation(CoversForms.class).value()));
        }
        assertThat(covered).as("forms named by @CoversForms").isSubsetOf(forms);
        assertThat(forms).as("forms without a browser test").isSubsetOf(covered);
    }

    @Test
    void theFormIdsAreTheFileNames() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                String name = file.getFileName().toString().replace(".form", "");
                assertThat(Files.readString(file)).as(file.toString()).contains("\"id\": \"" + name + "\"");
            }
        }
    }
}
