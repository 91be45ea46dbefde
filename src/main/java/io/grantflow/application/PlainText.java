package io.grantflow.application;

/**
 * Text an applicant may store: no control characters (NUL, escape, C1 controls; tab and line breaks only in
 * multi-line fields) and no unpaired surrogates, which JSON's \\u escapes allow but no database encoding stores.
 */
final class PlainText {

    static final String PROBLEM = "contains control characters or invalid Unicode";

    private PlainText() {
    }

    static boolean isPlain(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                    return false;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
