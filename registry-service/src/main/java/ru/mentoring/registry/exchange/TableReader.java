package ru.mentoring.registry.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an upload as a {@link Table}: the first sheet of a workbook, or CSV text in UTF-8 (with or
 * without BOM) or Windows-1251 (what Excel writes for «CSV» on a Russian Windows), separated by
 * «;», «,» or tabs, whichever the header uses.
 */
final class TableReader {

    static final int MAX_ROWS = 100_000;

    private TableReader() {
    }

    static Table read(byte[] bytes, String filename) {
        if (bytes.length == 0) {
            throw new MalformedFileException("file", "Файл пустой");
        }
        FileFormat format = FileFormat.sniff(bytes, filename);
        Table table = format == FileFormat.XLSX ? xlsx(bytes) : csv(bytes);
        if (table.header().stream().allMatch(h -> h == null || h.isBlank())) {
            throw new MalformedFileException("file", "В первой строке файла нет заголовков столбцов");
        }
        return table;
    }

    /**
     * The first sheet, streamed (SAX over the sheet's XML with POI's event API) instead of building
     * the workbook's object model: a 5,000-row sheet reads in a fraction of the time. Cells come
     * as Excel displays them (a number cell of years reads «12», not «12.0»).
     */
    private static Table xlsx(byte[] bytes) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new MalformedFileException("file", "В книге нет листов");
            }
            SheetRows rows = new SheetRows();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            if (rows.header == null) {
                throw new MalformedFileException("file", "Лист пустой: нет строки заголовков");
            }
            return new Table(rows.header, rows.lines);
        } catch (MalformedFileException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedFileException("file", "Файл Excel не прочитан: он повреждён или это не книга .xlsx", e);
        }
    }

    /** Collects the rows of a sheet; the first non-blank row is the header. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        List<String> header;
        final List<Table.Line> lines = new ArrayList<>();
        private List<String> current;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            boolean blank = current.stream().allMatch(v -> v == null || v.isBlank());
            if (header == null) {
                if (!blank) {
                    header = current;
                }
                return;
            }
            if (!blank) {
                lines.add(new Table.Line(rowNum + 1, current));
                if (lines.size() > MAX_ROWS) {
                    throw new MalformedFileException("file", "В файле больше " + MAX_ROWS + " строк");
                }
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add(null);
            }
            current.add(value);
        }
    }

    private static Table csv(byte[] bytes) {
        String text = decode(bytes);
        if (text.indexOf('\u0000') >= 0) {
            throw new MalformedFileException("file", "Файл не является таблицей CSV или XLSX");
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = delimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<Table.Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    header = cells;
                    continue;
                }
                // the line where the record starts, as a spreadsheet numbers it (multi-line cells count once)
                lines.add(new Table.Line((int) record.getRecordNumber(), cells));
                if (lines.size() > MAX_ROWS) {
                    throw new MalformedFileException("file", "В файле больше " + MAX_ROWS + " строк");
                }
            }
            if (header == null) {
                throw new MalformedFileException("file", "В файле нет строки заголовков");
            }
            return new Table(header, lines);
        } catch (MalformedFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new MalformedFileException("file", "Файл CSV не прочитан: " + firstLineOf(e), e);
        }
    }

    private static String firstLineOf(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.contains("EOF") ? "незакрытые кавычки в ячейке" : "неверная структура строк";
    }

    private static char delimiter(String header) {
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas ? ';' : ',';
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1251"));
        }
    }
}
