package ru.mentoring.web.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ru.mentoring.web.dashboard.Figure.Cell;

/**
 * A figure's table as an XLSX workbook: its title, then the Russian headers, then the rows; numbers
 * are numeric cells (with the decimals the page shows), a hidden small cell the text «<5».
 */
final class FigureWorkbook {

    static final String SMALL_CELL = "<5";

    private FigureWorkbook() {
    }

    static byte[] of(Figure figure, String subtitle) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Данные");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle[] decimals = new CellStyle[4];
            for (int d = 0; d < decimals.length; d++) {
                decimals[d] = book.createCellStyle();
                decimals[d].setDataFormat(book.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            }
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(subtitle == null ? figure.title() : figure.title() + " — " + subtitle);
            title.getCell(0).setCellStyle(bold);
            Row head = sheet.createRow(1);
            List<String> headers = figure.headers();
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            int r = 2;
            for (List<Cell> cells : figure.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = cells.get(c);
                    if (cell.hidden()) {
                        row.createCell(c).setCellValue(SMALL_CELL);
                    } else if (cell.numeric()) {
                        row.createCell(c).setCellValue(cell.number());
                        row.getCell(c).setCellStyle(decimals[Math.min(cell.digits(), decimals.length - 1)]);
                    } else if (cell.text() != null) {
                        row.createCell(c).setCellValue(cell.text());
                    }
                }
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 2);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
