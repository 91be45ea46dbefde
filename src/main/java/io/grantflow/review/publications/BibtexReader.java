package io.grantflow.review.publications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads BibTeX as reference managers write it: entries "@article{key, field = {value} or "value" or 2024, ...}",
 * braces nested, "@string", "@comment" and "@preamble" skipped, authors split on " and ", the common LaTeX accents
 * turned into letters. A broken entry is refused with its line, never guessed.
 */
final class BibtexReader {

    private final String text;
    private int pos;

    private BibtexReader(String text) {
        this.text = text;
    }

    static List<Work> read(String text) {
        return new BibtexReader(text).entries();
    }

    private List<Work> entries() {
        List<Work> works = new ArrayList<>();
        Map<String, String> strings = new HashMap<>();
        while (true) {
            int at = text.indexOf('@', pos);
            if (at < 0) {
                return works;
            }
            pos = at + 1;
            String type = identifier().toLowerCase(Locale.ROOT);
            skipSpace();
            if (type.equals("comment")) {
                continue;
            }
            if (pos >= text.length() || (text.charAt(pos) != '{' && text.charAt(pos) != '(')) {
                throw broken(at, "bib.open", type, "{");
            }
            char close = text.charAt(pos) == '{' ? '}' : ')';
            pos++;
            if (type.equals("preamble")) {
                value(at, strings);
                expect(close, at);
                continue;
            }
            if (type.equals("string")) {
                Map<String, String> fields = fields(at, close, strings);
                strings.putAll(fields);
                continue;
            }
            skipSpace();
            int comma = text.indexOf(',', pos);
            int end = text.indexOf(close, pos);
            if (comma < 0 || (end >= 0 && end < comma)) {
                throw broken(at, "bib.noKey");
            }
            pos = comma + 1;
            Map<String, String> f = fields(at, close, strings);
            String title = clean(f.get("title"));
            if (title.isEmpty()) {
                throw broken(at, "bib.noTitle");
            }
            works.add(new Work(title, year(f.get("year"), at), clean(f.get("doi")), authors(f.get("author"))));
        }
    }

    private Map<String, String> fields(int entryStart, char close, Map<String, String> strings) {
        Map<String, String> fields = new HashMap<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw broken(entryStart, "bib.entryOpen", "{", "\"");
            }
            if (text.charAt(pos) == close) {
                pos++;
                return fields;
            }
            if (text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            int fieldStart = pos;
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw broken(fieldStart, "bib.fieldName", text.charAt(pos));
            }
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '=') {
                throw broken(fieldStart, "bib.noEquals", name);
            }
            pos++;
            fields.put(name, value(fieldStart, strings));
        }
    }

    /** A value: braced, quoted or bare (a number or a @string name), joined by '#'. */
    private String value(int fieldStart, Map<String, String> strings) {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw broken(fieldStart, "bib.valueOpen");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                out.append(braced(fieldStart));
            } else if (c == '"') {
                pos++;
                int start = pos;
                int depth = 0;
                while (pos < text.length() && (text.charAt(pos) != '"' || depth > 0)) {
                    depth += text.charAt(pos) == '{' ? 1 : text.charAt(pos) == '}' ? -1 : 0;
                    pos++;
                }
                if (pos >= text.length()) {
                    throw broken(fieldStart, "bib.quotedOpen");
                }
                out.append(text, start, pos);
                pos++;
            } else {
                String bare = identifier();
                if (bare.isEmpty()) {
                    throw broken(fieldStart, "bib.valueExpected", c);
                }
                out.append(strings.getOrDefault(bare.toLowerCase(Locale.ROOT), bare));
            }
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
                continue;
            }
            return out.toString();
        }
    }

    private String braced(int fieldStart) {
        int depth = 0;
        int start = pos + 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                pos++;
                return text.substring(start, pos - 1);
            }
            pos++;
        }
        throw broken(fieldStart, "bib.braceOpen", "{");
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "_-:.+/".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expect(char c, int entryStart) {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw broken(entryStart, "bib.entryClose", c);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private PublicationFileException broken(int at, String problem, Object... args) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return PublicationFileException.atLine(line, problem, args);
    }

    private static Integer year(String raw, int at) {
        String y = clean(raw);
        if (y.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(1[5-9]|20)\\d\\d").matcher(y);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static List<Work.Author> authors(String raw) {
        List<Work.Author> authors = new ArrayList<>();
        if (raw == null) {
            return authors;
        }
        for (String name : raw.split("\\s+and\\s+")) {
            String n = clean(name);
            if (!n.isEmpty() && !n.equalsIgnoreCase("others")) {
                authors.add(new Work.Author(n, null));
            }
        }
        return authors;
    }

    private static final String[][] ACCENTS = {
            {"\\'", "\u0301"}, {"\\`", "\u0300"}, {"\\^", "\u0302"}, {"\\\"", "\u0308"}, {"\\~", "\u0303"},
            {"\\c", "\u0327"}, {"\\=", "\u0304"}, {"\\v", "\u030C"}, {"\\H", "\u030B"}, {"\\u", "\u0306"}};

    /** LaTeX to plain text: accents composed ({\'e} to é), braces and commands dropped, spaces single. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String s = value;
        for (String[] a : ACCENTS) {
            String cmd = java.util.regex.Pattern.quote(a[0]);
            // "\c" or "\v" is a letter command: only "\c{c}" or "\c c" is the accent, "\cite" is not
            String gap = Character.isLetter(a[0].charAt(1)) ? "(?:\\s+|(?=\\{))" : "\\s*";
            s = s.replaceAll("\\{?" + cmd + gap + "\\{?(\\\\?[A-Za-z])\\}?\\}?", "$1" + a[1]);
        }
        s = s.replace("\\i", "i").replace("{\\ss}", "ß").replace("\\ss", "ß").replace("{\\o}", "ø").replace("\\o ", "ø")
                .replace("\\&", "&").replace("\\%", "%").replace("--", "–");
        s = s.replaceAll("\\\\[A-Za-z]+\\s*", "").replace("{", "").replace("}", "");
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
    }
}
