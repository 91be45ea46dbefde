package io.grantflow.process;

/**
 * Text cut to fit a column, for names derived from what people typed: at most {@code max} UTF-16 units (what
 * H2 counts; PostgreSQL counts characters, never more), never splitting a character or a combining accent from
 * its letter, at a space where one is near the end, and marked with an ellipsis.
 */
public final class Shortened {

    static final String ELLIPSIS = "…";
    private static final int LOOK_BACK_FOR_SPACE = 20;

    private Shortened() {
    }

    public static String toFit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        while (end > 0 && !isBoundary(text, end)) {
            end--;
        }
        for (int i = end; i > 0 && i > end - LOOK_BACK_FOR_SPACE; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                end = i;
                break;
            }
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Whether a cut before {@code index} keeps every character, with its accents and variation selectors, whole. */
    private static boolean isBoundary(String text, int index) {
        if (Character.isLowSurrogate(text.charAt(index)) && Character.isHighSurrogate(text.charAt(index - 1))) {
            return false;
        }
        int next = text.codePointAt(index);
        int type = Character.getType(next);
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK
                && next != 0x200D && !(next >= 0xFE00 && next <= 0xFE0F) && !(next >= 0x1F3FB && next <= 0x1F3FF)
                && !(index > 0 && text.charAt(index - 1) == 0x200D);
    }
}
