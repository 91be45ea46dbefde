package io.grantflow.prize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.grantflow.support.PortalSession;
import org.junit.jupiter.api.Test;

/** A nominator finds his or her nominations in the portal, each with its state in plain words and no jury score. */
class NominatorNominationsPageTest extends PrizeScenario {

    @Test
    void aNominatorSeesTheNominationWithTheJuryInHisLanguageWithoutScores() {
        TwoCandidates e = twoCandidatesOneConflict();
        score(e.chair(), e.call(), Map.of(e.first(), 9, e.second(), 4));
        String english = candidates.nominatorsOf(e.first()).get(0);
        String french = nominator("fr");
        String englishPage = page(PortalSession.logIn(port, english), "en");

        assertThat(englishPage).contains("My nominations", e.call().title(), "Ana Silva (USP, BR)", "With the jury")
                .doesNotContain("Ben Okafor", "9.0", "shortlist");
        String frenchPage = page(PortalSession.logIn(port, french), "fr");
        assertThat(frenchPage).contains("Mes nominations", "Vous n’avez encore nominé personne.");
    }

    private static String page(PortalSession session, String language) {
        return new String(session.speaking(language).getPage("/portal/nominations").body(), StandardCharsets.UTF_8);
    }
}
