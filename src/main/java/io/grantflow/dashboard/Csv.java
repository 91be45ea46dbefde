package io.grantflow.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it, for spreadsheets: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, a semicolon, a quote or a line break. A text cell that a spreadsheet would run as a formula (=, +, -, @,
 * tab or carriage return first) gets a leading apostrophe: titles and comments are typed by people outside the
 * funder. The semicolon is quoted too because a French Excel splits cells on it, and a formula could otherwise
 * start a cell halfway through a title. UTF-8 with a byte order mark, so that Excel reads accents right.
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
