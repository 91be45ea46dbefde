package io.grantflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every test that opens Chromium is marked, so that it is skipped with a reason, not failed, where Chromium is missing. */
class BrowserTestsAreMarkedTest {

    @Test
    void everyTestThatStartsTheBrowserRequiresChromium() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            List<Path> unmarked = sources.filter(path -> path.toString().endsWith("Test.java"))
                    .filter(path -> read(path).contains("Browser.start()"))
                    .filter(path -> !read(path).contains("@RequiresChromium"))
                    .toList();
            assertThat(unmarked).as("tests that call Browser.start() without @RequiresChromium").isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
