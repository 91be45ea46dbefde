package io.grantflow.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two spellings of a name are compared: without accents, case, punctuation or extra spaces. Shared by the
 * prize (candidates, jurors) and the review (applicants' exclusions, see {@link NameMatch}).
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
