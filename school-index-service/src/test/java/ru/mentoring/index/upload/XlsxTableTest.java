package ru.mentoring.index.upload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.mentoring.index.TestData;
import ru.mentoring.platform.web.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxTableTest {

    @Test
    void readsStringsAndNumbersAtFullPrecisionWithSheetRowNumbers() throws Exception {
        Path file = Files.createTempFile("xlsx-test", ".xlsx");
        Files.write(file, TestData.xlsx(List.of(
                List.of("school_code", "year", "indicator_code", "value"),
                List.of("s-1", "2024", "ege", "0.123456789012345"),
                List.of("s-2", "2024", "ege", "7"))));
        List<TableRow> rows = new ArrayList<>();
        try (XlsxTable table = XlsxTable.open(file)) {
            assertThat(table.header()).containsExactly("school_code", "year", "indicator_code", "value");
            table.forEachRemaining(rows::add);
        }
        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(0).cells()).containsExactly("s-1", "2024", "ege", "0.123456789012345");
        assertThat(rows.get(1).cell(3)).isEqualTo("7");
        assertThat(file).doesNotExist();
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedAndTheSpoolIsRemoved() throws Exception {
        Path file = Files.createTempFile("xlsx-test", ".xlsx");
        Files.writeString(file, "school_code,year\n");
        assertThatThrownBy(() -> XlsxTable.open(file)).isInstanceOf(DomainRuleException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void columnLettersBecomeIndices() {
        assertThat(XlsxTable.columnOf("A1")).isZero();
        assertThat(XlsxTable.columnOf("D17")).isEqualTo(3);
        assertThat(XlsxTable.columnOf("AA3")).isEqualTo(26);
    }
}
