package io.grantflow.prize;

import java.text.Normalizer;
import java.util.Locale;

/** How two spellings of a name are compared: without accents, case, punctuation or extra spaces. */
final class NameKey {

    private NameKey() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
