package io.grantflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names cut to fit a column keep every character whole and say that they were cut. */
class ShortenedTest {

    @Test
    void aTextThatFitsIsKeptAsItIs() {
        assertThat(Shortened.toFit("Graphene photonics", 18)).isEqualTo("Graphene photonics");
    }

    @Test
    void aLongTextIsCutAtASpaceNearTheEndWithAnEllipsis() {
        assertThat(Shortened.toFit("Graphene photonics for quantum links", 30)).isEqualTo("Graphene photonics for…");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
        String emoji = "🌊".repeat(10);
        String cut = Shortened.toFit(emoji, 10);
        assertThat(cut).isEqualTo("🌊".repeat(4) + "…").hasSizeLessThanOrEqualTo(10);
        assertThat(cut.codePoints().limit(4)).allMatch(c -> c == "🌊".codePointAt(0));
    }

    @Test
    void anAccentStaysWithItsLetter() {
        String decomposed = "e\u0301".repeat(10);
        assertThat(Shortened.toFit(decomposed, 6)).isEqualTo("e\u0301e\u0301…");
    }

    @Test
    void aTextInAScriptWithoutSpacesIsCutAtTheLimit() {
        String japanese = "量子フォトニクスとグラフェン".repeat(5);
        assertThat(Shortened.toFit(japanese, 20)).hasSize(20).endsWith("…").startsWith("量子フォトニクスとグラフェン量子フォト");
    }
}
