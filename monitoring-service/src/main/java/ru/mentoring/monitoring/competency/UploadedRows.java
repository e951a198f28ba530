package ru.mentoring.monitoring.competency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import ru.mentoring.platform.web.DomainRuleException;

/**
 * A small uploaded table: the first sheet of an XLSX workbook, or CSV (UTF-8 with or without BOM,
 * or Windows-1251 as Excel writes it on a Russian Windows; «;», «,» or tab, whichever the header
 * uses). Each row keeps the line a person finds it at (the header is line 1).
 */
record UploadedRows(List<String> header, List<Line> lines) {

    static final int MAX_ROWS = 100_000;

    record Line(long number, List<String> cells) {

        String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
        }
    }

    static UploadedRows read(byte[] bytes, String filename, String contentType) {
        if (bytes.length == 0) {
            throw DomainRuleException.unprocessable("file", "Файл пустой");
        }
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        UploadedRows rows = zip ? xlsx(bytes) : csv(bytes);
        if (rows.header().stream().allMatch(String::isBlank)) {
            throw DomainRuleException.unprocessable("file", "В первой строке файла нет заголовков столбцов");
        }
        if (rows.lines().size() > MAX_ROWS) {
            throw DomainRuleException.unprocessable("file", "Не больше " + MAX_ROWS + " строк в одном файле");
        }
        return rows;
    }

    private static UploadedRows xlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    lines.add(new Line(row.getRowNum() + 1L, cells));
                }
            }
            return new UploadedRows(header == null ? List.of() : header, lines);
        } catch (IOException | RuntimeException e) {
            throw DomainRuleException.unprocessable("file", "Файл не читается как книга Excel (XLSX)");
        }
    }

    private static UploadedRows csv(byte[] bytes) {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';'
                : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList().stream().map(String::strip).toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    lines.add(new Line(record.getRecordNumber(), cells));
                }
            }
            return new UploadedRows(header == null ? List.of() : header, lines);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw DomainRuleException.unprocessable("file", "Файл не читается как CSV: " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1251"));
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
