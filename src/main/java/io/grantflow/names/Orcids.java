package io.grantflow.names;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ORCID iDs in their bare form ("0000-0002-1825-0097"), whether written bare or as "https://orcid.org/...". */
public final class Orcids {

    private static final Pattern ID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])");

    private Orcids() {
    }

    /** The bare iD, or null when the text holds none. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ID.matcher(text.toUpperCase(Locale.ROOT));
        return m.find() && checksumHolds(m.group(1)) ? m.group(1) : null;
    }

    /** ISO 7064 11,2, as ORCID computes its last character: a mistyped iD is no iD rather than someone else's. */
    static boolean checksumHolds(String id) {
        String digits = id.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == expected;
    }
}
