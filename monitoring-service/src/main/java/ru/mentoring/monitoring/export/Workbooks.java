package ru.mentoring.monitoring.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * XLSX exports of the monitoring tables: one sheet per table, Russian headers, numbers as numbers.
 * Written streaming ({@link SXSSFWorkbook}: a window of rows in memory, the rest flushed to a
 * temporary file that is disposed of after writing), so a large table never builds a whole
 * workbook in the heap. Texts are string cells, never formulas, whatever they begin with.
 */
public final class Workbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);

    private static final int MAX_COLUMN_CHARS = 80;

    private Workbooks() {
    }

    private static final int ROWS_IN_MEMORY = 200;

    public static byte[] write(List<SheetTable> tables) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle titleStyle = workbook.createCellStyle();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 12);
            titleStyle.setFont(titleFont);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            borders(header);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            borders(text);
            CellStyle number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            number.setDataFormat(workbook.createDataFormat().getFormat("General"));
            borders(number);

            Set<String> names = new HashSet<>();
            for (SheetTable table : tables) {
                Sheet sheet = workbook.createSheet(uniqueName(table.name(), names));
                int r = 0;
                if (table.title() != null) {
                    Cell title = sheet.createRow(r++).createCell(0);
                    title.setCellValue(table.title());
                    title.setCellStyle(titleStyle);
                    r++;
                }
                int[] widths = new int[Math.max(1, table.headers().size())];
                Row head = sheet.createRow(r++);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(header);
                    widths[c] = Math.max(widths[c], Math.min(table.headers().get(c).length(), 30));
                }
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                            cell.setCellStyle(number);
                        } else {
                            String s = v == null ? "" : v instanceof Boolean b ? (b ? "да" : "нет") : v.toString();
                            cell.setCellValue(s);
                            cell.setCellStyle(text);
                            if (c < widths.length) {
                                widths[c] = Math.max(widths[c], Math.min(s.length(), MAX_COLUMN_CHARS));
                            }
                        }
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.max(10, widths[c] + 2) * 256);
                }
                if (!table.headers().isEmpty()) {
                    sheet.createFreezePane(0, table.title() == null ? 1 : 3);
                }
            }
            if (tables.isEmpty()) {
                workbook.createSheet("Нет данных");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        } finally {
            workbook.dispose();
        }
    }

    /** The workbook as a download named {@code filename}. */
    public static ResponseEntity<byte[]> download(String filename, List<SheetTable> tables) {
        return ResponseEntity.ok()
                .contentType(XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(write(tables));
    }

    private static void borders(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private static String uniqueName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Лист" : wanted);
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
