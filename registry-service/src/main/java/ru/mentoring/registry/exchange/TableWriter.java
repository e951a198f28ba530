package ru.mentoring.registry.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import ru.mentoring.platform.export.CsvWriter;

/**
 * Writes a table the way the coordinator keeps it: a workbook with a bold, frozen header and
 * filters, or CSV in UTF-8 with a BOM and «;» so that Excel on a Russian Windows opens it as is.
 * Either way a cell stays data: the workbook's texts are string cells (never formulas: Excel does
 * not evaluate a string cell however it begins), and the CSV goes through the platform's
 * {@link CsvWriter}, which writes a text beginning like a formula with a leading apostrophe.
 */
final class TableWriter {

    private TableWriter() {
    }

    static byte[] write(FileFormat format, String sheetName, List<String> header, List<List<Object>> rows) {
        return format == FileFormat.XLSX ? xlsx(sheetName, header, rows) : csv(header, rows);
    }

    private static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
                head.getCell(c).setCellStyle(headerStyle);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, header.get(c).length() + 4)) * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            if (!header.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, header.size() - 1));
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.excel(out)) {
            writer.record(header);
            for (List<Object> row : rows) {
                writer.record(row);
            }
        }
        return out.toByteArray();
    }
}
