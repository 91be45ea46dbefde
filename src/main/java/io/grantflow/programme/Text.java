package io.grantflow.programme;

import java.util.Locale;

/** A text a programme's files give in English and French; French readers get the English where no French is given. */
public record Text(String en, String fr) {

    public String in(Locale language) {
        return language != null && "fr".equals(language.getLanguage()) && fr != null && !fr.isBlank() ? fr : en;
    }
}
