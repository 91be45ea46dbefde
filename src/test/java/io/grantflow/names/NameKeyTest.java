package io.grantflow.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two spellings of one name or institution compare equal; different names do not. */
class NameKeyTest {

    @Test
    void accentsCaseSpacesAndPunctuationDoNotMatter() {
        assertThat(NameKey.of("  Zoë   Ångström ")).isEqualTo(NameKey.of("zoe angstrom"));
        assertThat(NameKey.of("Université Laval")).isEqualTo(NameKey.of("UNIVERSITE-LAVAL"));
        assertThat(NameKey.of("José María O'Neill")).isEqualTo("jose maria o neill");
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(NameKey.of("Ada Yamamoto")).isNotEqualTo(NameKey.of("Ada Yamamura"));
        assertThat(NameKey.of(null)).isEmpty();
    }
}
