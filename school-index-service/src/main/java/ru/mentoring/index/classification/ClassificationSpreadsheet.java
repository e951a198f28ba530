package ru.mentoring.index.classification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import ru.mentoring.index.methodology.SchoolStatus;

/** The classification as a workbook a coordinator opens in Excel: Russian headers and status names. */
final class ClassificationSpreadsheet {

    private static final Map<Integer, String> IOR_QUARTILES = Map.of(
            1, "1 (низкий)", 2, "2 (ниже среднего)", 3, "3 (выше среднего)", 4, "4 (высокий)");

    private static final String[] HEADERS = {"Код школы", "Наименование", "ИОР", "Квартиль ИОР", "ИСБШ", "Квартиль ИСБШ",
            "Статусы"};

    private ClassificationSpreadsheet() {
    }

    static byte[] write(RunSummary run, List<ClassificationStore.NamedResult> rows) {
        // a streaming workbook keeps only a window of rows in memory, whatever the cohort's size
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Классификация " + run.year());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Классификация школ за " + run.year() + " год, методика " + run.methodologyVersion()
                    + ", расчёт " + run.computedAt().toLocalDate() + " (" + run.computedBy() + ")");
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS[c]);
                cell.setCellStyle(bold);
            }
            int r = 3;
            for (ClassificationStore.NamedResult named : rows) {
                SchoolClassification s = named.result();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.schoolCode());
                row.createCell(1).setCellValue(named.name() == null ? "" : named.name());
                number(row, 2, s.ior());
                row.createCell(3).setCellValue(s.iorQuartile() == null ? "нет данных" : IOR_QUARTILES.get(s.iorQuartile()));
                number(row, 4, s.isbsh());
                row.createCell(5).setCellValue(s.isbshQuartile() == null ? "нет данных" : String.valueOf(s.isbshQuartile()));
                row.createCell(6).setCellValue(s.statuses().stream().map(ClassificationSpreadsheet::statusName)
                        .collect(Collectors.joining("; ")));
            }
            sheet.createFreezePane(0, 3);
            workbook.write(out);
            workbook.dispose(); // the flushed rows' temporary file
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The library's Russian name of a status code. */
    private static String statusName(String code) {
        try {
            return SchoolStatus.valueOf(code).russian();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static void number(Row row, int column, Double value) {
        if (value == null) {
            row.createCell(column).setCellValue("нет данных");
        } else {
            row.createCell(column).setCellValue(value);
        }
    }
}
