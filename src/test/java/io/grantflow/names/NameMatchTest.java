package io.grantflow.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An excluded name against a reviewer's name: surely one person, possibly one (a manager decides), or not. */
class NameMatchTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Prof. Wei Chen          | Chen Wei                | SAME
            Dr. Émilie Durand-Löwe  | emilie durand lowe      | SAME
            WEI  CHEN               | wei chen                | SAME
            Mme Zoë Ångström        | Zoe Angstrom, PhD       | SAME
            W. Chen                 | Wei Chen                | DOUBTFUL
            W. C.                   | Wei Chen                | DOUBTFUL
            Wei Chen                | Wei Chan                | DOUBTFUL
            Chen                    | Chan                    | DOUBTFUL
            Wei Chen                | Li Chen                 | DOUBTFUL
            Émilie Durand           | Émilie Durand-Löwe      | DOUBTFUL
            Durand Lowe             | Durnd Lowe              | DOUBTFUL
            Wei Chen                | Anna Schmidt            | DIFFERENT
            Anna Schmidt            | Anne Meyer              | DIFFERENT
            Jean de Villiers        | Marie de Gaulle         | DIFFERENT
            Prof. Wei Chen          | Prof. Anna Schmidt      | DIFFERENT
            Dr.                     | Dr. Wei Chen            | DIFFERENT
            """)
    void matchesWhateverTheFormOfTheName(String excluded, String reviewer, NameMatch expected) {
        assertThat(NameMatch.of(excluded, reviewer)).isEqualTo(expected);
        assertThat(NameMatch.of(reviewer, excluded)).as("either way round").isEqualTo(expected);
    }
}
