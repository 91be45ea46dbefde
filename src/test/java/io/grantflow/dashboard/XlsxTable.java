package io.grantflow.dashboard;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The "Ranking" sheet of an exported workbook, read back as rows of cells. */
public final class XlsxTable {

    private XlsxTable() {
    }

    /** Every cell of the first sheet as text, the way the committee's spreadsheet shows its values. */
    public static List<List<String>> parse(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Ranking");
            int width = sheet.getRow(0).getLastCellNum();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null || cell.getCellType() == CellType.BLANK ? ""
                            : cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                            : cell.getCellType() == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue())
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
