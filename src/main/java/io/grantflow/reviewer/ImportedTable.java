package io.grantflow.reviewer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an uploaded table, CSV (RFC 4180, UTF-8, comma or semicolon separated as spreadsheets write it) or
 * XLSX (its first sheet, cells as the spreadsheet shows them). Each row keeps its line number in the file.
 */
record ImportedTable(List<Line> lines) {

    record Line(int number, List<String> cells) {
    }

    /** The file is not a table we read: the message code says why. */
    static final class Unreadable extends Exception {
        Unreadable(String code) {
            super(code, null, false, false);
        }
    }

    static ImportedTable read(String fileName, byte[] bytes) throws Unreadable {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (name.endsWith(".xlsx") && zip) {
            return xlsx(bytes);
        }
        if (name.endsWith(".csv") && !zip) {
            return csv(text(bytes));
        }
        throw new Unreadable("reviewers.import.error.type");
    }

    private static ImportedTable xlsx(byte[] bytes) throws Unreadable {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
            return new ImportedTable(lines);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("reviewers.import.error.broken");
        }
    }

    private static String text(byte[] bytes) throws Unreadable {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new Unreadable("reviewers.import.error.broken");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Unreadable("reviewers.import.error.encoding");
        }
    }

    /** RFC 4180: quoted fields may hold the separator, doubled quotes and line breaks. The header's separator is the file's. */
    static ImportedTable csv(String text) throws Unreadable {
        int firstBreak = text.indexOf('\n');
        String header = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int lineStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(new Line(lineStart, List.copyOf(cells)));
                cells.clear();
                line++;
                lineStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable("reviewers.import.error.quote");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(new Line(lineStart, List.copyOf(cells)));
        }
        return new ImportedTable(lines);
    }
}
