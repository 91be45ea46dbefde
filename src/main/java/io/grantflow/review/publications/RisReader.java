package io.grantflow.review.publications;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RIS (EndNote, Zotero, Web of Science, Scopus): records "TY  - " to "ER  - ", one tag per line, authors in
 * AU/A1, titles in TI/T1, the year in PY/Y1/DA, the DOI in DO. A line that is neither a tag nor the continuation of
 * one is refused with its number.
 */
final class RisReader {

    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d");

    private RisReader() {
    }

    static List<Work> read(String text) {
        List<Work> works = new ArrayList<>();
        String[] lines = text.split("\\r?\\n", -1);
        Record current = null;
        String lastTag = null;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 ? lines[i].replace("\uFEFF", "") : lines[i];
            int no = i + 1;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = TAG.matcher(line.stripTrailing());
            if (!m.matches()) {
                if (current != null && lastTag != null && (lastTag.equals("TI") || lastTag.equals("T1") || lastTag.equals("AB"))) {
                    current.continueLast(lastTag, line.trim());
                    continue;
                }
                throw PublicationFileException.atLine(no, "ris.tag", shorten(line));
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).trim();
            lastTag = tag;
            if (tag.equals("TY")) {
                if (current != null) {
                    throw PublicationFileException.atLine(no, "ris.newBeforeEnd", current.line);
                }
                current = new Record(no);
                continue;
            }
            if (current == null) {
                throw PublicationFileException.atLine(no, "ris.beforeRecord", tag);
            }
            if (tag.equals("ER")) {
                works.add(current.work());
                current = null;
                continue;
            }
            current.add(tag, value);
        }
        if (current != null) {
            throw PublicationFileException.atLine(current.line, "ris.notClosed");
        }
        return works;
    }

    private static String shorten(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    private static final class Record {
        final int line;
        final List<Work.Author> authors = new ArrayList<>();
        StringBuilder title;
        String primaryTitleTag;
        Integer year;
        String doi;

        Record(int line) {
            this.line = line;
        }

        void add(String tag, String value) {
            switch (tag) {
                case "AU", "A1", "A2" -> {
                    if (!tag.equals("A2") && !value.isEmpty()) {
                        authors.add(new Work.Author(value, null));
                    }
                }
                case "TI", "T1" -> {
                    if (title == null) {
                        title = new StringBuilder(value);
                        primaryTitleTag = tag;
                    }
                }
                case "PY", "Y1", "DA" -> {
                    Matcher y = YEAR.matcher(value);
                    if (year == null && y.find()) {
                        year = Integer.valueOf(y.group());
                    }
                }
                case "DO" -> doi = value;
                default -> {
                }
            }
        }

        void continueLast(String tag, String more) {
            if (tag.equals(primaryTitleTag) && title != null) {
                title.append(' ').append(more);
            }
        }

        Work work() {
            if (title == null || title.toString().isBlank()) {
                throw PublicationFileException.atLine(line, "ris.noTitle");
            }
            return new Work(title.toString().trim(), year, doi, authors);
        }
    }
}
