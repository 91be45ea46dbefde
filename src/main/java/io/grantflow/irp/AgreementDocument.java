package io.grantflow.irp;

import java.time.Instant;
import java.util.Locale;

/** The text of an IRP agreement as written when it opened, in English and French, and the SHA-256 of the English text. */
record AgreementDocument(String applicationId, String textEn, String textFr, String sha256, Instant preparedAt) {

    String text(Locale language) {
        return language.getLanguage().equals("fr") ? textFr : textEn;
    }

    /** A short reference that names the text a party signed. */
    String reference() {
        return sha256.substring(0, 16);
    }
}
