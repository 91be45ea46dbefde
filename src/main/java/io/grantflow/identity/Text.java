package io.grantflow.identity;

/** Checks on what people type into account fields. */
final class Text {

    private Text() {
    }

    /**
     * Whether the text holds a control character (Unicode Cc: NUL, escape, line breaks) or an invisible format
     * character (Cf: bidi overrides such as U+202E, zero-width joiners), which would let a name or an id
     * display as something other than what it is.
     */
    static boolean hasInvisible(String text) {
        return text != null && text.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.FORMAT;
        });
    }
}
