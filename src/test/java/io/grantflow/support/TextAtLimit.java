package io.grantflow.support;

/** Texts at a field's maximum length, in scripts whose characters take several bytes or two UTF-16 units. */
public final class TextAtLimit {

    private TextAtLimit() {
    }

    /** The pattern repeated to exactly the given number of UTF-16 units, never splitting a character nor ending in a space. */
    public static String exactly(String pattern, int units) {
        StringBuilder text = new StringBuilder(units);
        int i = 0;
        while (text.length() < units) {
            int codePoint = pattern.codePointAt(i % pattern.length());
            i += Character.charCount(codePoint);
            if (i >= pattern.length()) {
                i = 0;
            }
            boolean last = text.length() + Character.charCount(codePoint) >= units;
            text.appendCodePoint(last && (Character.charCount(codePoint) > 1 || Character.isWhitespace(codePoint)) ? 'x' : codePoint);
        }
        return text.toString();
    }
}
