package ru.mentoring.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small builders for request bodies. */
public final class TestData {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TestData() {
    }

    /** A methodology with the given indicator and factor codes, fixed weights, defaults elsewhere. */
    public static String methodology(List<String> indicators, List<String> factors) {
        StringBuilder json = new StringBuilder("{\"indicators\":[");
        for (int i = 0; i < indicators.size(); i++) {
            json.append(i > 0 ? "," : "").append("""
                    {"code":"%s","name":"Показатель %s","source":"%s","direction":1,"weight":1}"""
                    .formatted(indicators.get(i), indicators.get(i), i % 2 == 0 ? "GIA" : "VPR"));
        }
        json.append("],\"contextFactors\":[");
        for (int i = 0; i < factors.size(); i++) {
            json.append(i > 0 ? "," : "").append("""
                    {"code":"%s","name":"Фактор %s","weight":-0.5}""".formatted(factors.get(i), factors.get(i)));
        }
        return json.append("],\"isbshMode\":\"FIXED_WEIGHTS\"}").toString();
    }

    /** An XLSX workbook of one sheet; a cell that parses as a number is written as a number. */
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
