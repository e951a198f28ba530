package ru.mentoring.platform.upload;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    private static final UploadLimits LIMITS = UploadProperties.defaults().limits();

    @Test
    void readsTheHeaderAndRowsWithTheirLineNumbers() {
        try (CsvTable table = open("school_code,year,indicator_code,value\r\ns1,2024,ege,0.5\r\n\r\ns2,2024,ege,1\r\n")) {
            assertThat(table.header()).containsExactly("school_code", "year", "indicator_code", "value");
            List<TableRow> rows = rows(table);
            assertThat(rows).extracting(TableRow::line).containsExactly(2L, 4L);
            assertThat(rows.get(1).cells()).containsExactly("s2", "2024", "ege", "1");
        }
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLaterLinesAreCountedRight() {
        try (CsvTable table = open("code,name\n\"a\",\"МБОУ \"\"Школа №1\"\", г. Н\"\nb,\"две\nстроки\"\nc,x")) {
            List<TableRow> rows = rows(table);
            assertThat(rows.get(0).cells()).containsExactly("a", "МБОУ \"Школа №1\", г. Н");
            assertThat(rows.get(1).cells()).containsExactly("b", "две\nстроки");
            assertThat(rows.get(2).line()).isEqualTo(5);
        }
    }

    @Test
    void aByteOrderMarkAndSemicolonsAsExcelWritesThemAreUnderstood() {
        try (CsvTable table = open("\uFEFFschool_code;name\ns1;Школа; \n")) {
            assertThat(table.header()).containsExactly("school_code", "name");
            assertThat(table.column("SCHOOL_CODE")).hasValue(0);
            // an empty cell at the end is absent; it reads as empty
            assertThat(rows(table).getFirst().cells()).containsExactly("s1", "Школа");
        }
    }

    @Test
    void anUnclosedQuoteIsAnUnreadableFileNamingTheLine() {
        assertThatThrownBy(() -> {
            try (CsvTable table = open("a,b\n1,\"2\n3,4\n")) {
                rows(table);
            }
        }).isInstanceOf(UploadException.class).hasMessageContaining("строке 2");
    }

    @Test
    void aTabSeparatedFileIsUnderstood() {
        try (CsvTable table = open("код\tимя\ns1\tШкола\n")) {
            assertThat(table.header()).containsExactly("код", "имя");
            assertThat(rows(table).getFirst().cells()).containsExactly("s1", "Школа");
        }
    }

    @Test
    void anEmptyBodyHasNoHeaderAndNoRows() {
        try (CsvTable table = open("")) {
            assertThat(table.header()).isEmpty();
            assertThat(table.hasNext()).isFalse();
        }
    }

    @Test
    void aLongFileIsReadAcrossBufferBoundaries() {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append("школа-").append(i).append(",\"").append(i).append("\"\n");
        }
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, LIMITS)) {
            List<TableRow> rows = rows(table);
            assertThat(rows).hasSize(50_000);
            assertThat(rows.get(49_999).cells()).containsExactly("школа-49999", "49999");
            assertThat(rows.get(49_999).line()).isEqualTo(50_001);
        }
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        Charset cp1251 = Charset.forName("windows-1251");
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream("код\nшкола\n".getBytes(cp1251)), cp1251, LIMITS)) {
            assertThat(table.header()).containsExactly("код");
            assertThat(rows(table).getFirst().cells()).containsExactly("школа");
        }
    }

    private static CsvTable open(String text) {
        return CsvTable.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, LIMITS);
    }

    private static List<TableRow> rows(CsvTable table) {
        List<TableRow> rows = new ArrayList<>();
        table.forEachRemaining(rows::add);
        return rows;
    }
}
