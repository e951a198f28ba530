package ru.mentoring.platform.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for upload tests, as Excel would write them. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** One sheet; after the header, a cell that parses as a number is written as a number. */
    public static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Лист1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (r > 0 && v.matches("-?\\d+(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
