package ru.mentoring.platform.upload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxTableTest {

    private static final UploadLimits LIMITS = UploadProperties.defaults().limits();

    @Test
    void readsStringsAndNumbersAtFullPrecisionWithSheetRowNumbers() throws Exception {
        Path file = Files.createTempFile("xlsx-test", ".xlsx");
        Files.write(file, TestWorkbooks.xlsx(List.of(
                List.of("school_code", "year", "indicator_code", "value"),
                List.of("s-1", "2024", "ege", "0.123456789012345"),
                List.of("s-2", "2024", "ege", "7"))));
        List<TableRow> rows = new ArrayList<>();
        try (XlsxTable table = XlsxTable.open(file, LIMITS)) {
            assertThat(table.header()).containsExactly("school_code", "year", "indicator_code", "value");
            table.forEachRemaining(rows::add);
        }
        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(0).cells()).containsExactly("s-1", "2024", "ege", "0.123456789012345");
        assertThat(rows.get(1).cell(3)).isEqualTo("7");
        assertThat(file).doesNotExist();
    }

    @Test
    void aNumberFormattedAsADateReadsAsTheDateAPersonSees() throws Exception {
        Path file = Files.createTempFile("xlsx-test", ".xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Дата приказа");
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(java.time.LocalDate.of(2024, 9, 2));
            cell.setCellStyle(style);
            workbook.write(out);
        }
        try (XlsxTable table = XlsxTable.open(file, LIMITS)) {
            assertThat(table.next().cells()).containsExactly("02.09.2024");
        }
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedAndTheSpoolIsRemoved() throws Exception {
        Path file = Files.createTempFile("xlsx-test", ".xlsx");
        Files.writeString(file, "school_code,year\n");
        assertThatThrownBy(() -> XlsxTable.open(file, LIMITS)).isInstanceOf(UploadException.class)
                .extracting(e -> ((UploadException) e).status()).isEqualTo(400);
        assertThat(file).doesNotExist();
    }

    @Test
    void columnLettersBecomeIndicesAndStopOnePastXfd() {
        assertThat(XlsxTable.columnOf("A1")).isZero();
        assertThat(XlsxTable.columnOf("D17")).isEqualTo(3);
        assertThat(XlsxTable.columnOf("AA3")).isEqualTo(26);
        assertThat(XlsxTable.columnOf("XFD1")).isEqualTo(16_383);
        assertThat(XlsxTable.columnOf("XFE1")).isEqualTo(16_384);
        assertThat(XlsxTable.columnOf("ZZZZZZZZZZZZZZ1")).isEqualTo(16_384);
        assertThat(RowCells.letters(16_383)).isEqualTo("XFD");
        assertThat(RowCells.letters(26)).isEqualTo("AA");
    }
}
