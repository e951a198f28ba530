package ru.mentoring.index.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

import ru.mentoring.platform.web.DomainRuleException;

/**
 * The first sheet of an XLSX workbook, read as a stream of rows (StAX over the sheet's XML), so
 * that a sheet of a million rows is never built as a POI object model. Numbers are taken as Excel
 * stores them (full precision), not as a cell format would display them.
 */
public final class XlsxTable extends ReadAheadTable {

    private final Path file;
    private final OPCPackage workbook;
    private final SharedStrings strings;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private long lastRow;

    private XlsxTable(Path file) throws Exception {
        this.file = file;
        this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFReader reader = new XSSFReader(workbook);
        this.strings = new ReadOnlySharedStringsTable(workbook, false);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw DomainRuleException.unprocessable("file", "В книге Excel нет ни одного листа");
        }
        this.sheet = sheets.next();
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        start();
    }

    /** Opens a workbook spooled to a file; the file is deleted when the table is closed. */
    public static XlsxTable open(Path file) {
        try {
            return new XlsxTable(file);
        } catch (DomainRuleException e) {
            deleteQuietly(file);
            throw e;
        } catch (Exception e) {
            deleteQuietly(file);
            throw DomainRuleException.unprocessable("file", "Файл не читается как книга Excel (XLSX)");
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheet.close();
        } catch (XMLStreamException | IOException e) {
            // read-only; nothing to save or recover
        }
        workbook.revert();
        deleteQuietly(file);
    }

    @Override
    protected TableRow readNonBlankRow() {
        try {
            while (true) {
                TableRow row = readRow();
                if (row == null) {
                    return null;
                }
                if (row.cells().stream().anyMatch(c -> !c.isEmpty())) {
                    return row;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof DomainRuleException rule) {
                throw rule;
            }
            throw DomainRuleException.unprocessable("file", "Лист Excel не разобран после строки " + lastRow);
        }
    }

    /** The next {@code <row>} of the sheet, or null after the last. */
    private TableRow readRow() throws XMLStreamException {
        List<String> cells = null;
        long rowNumber = 0;
        int column = -1;
        String type = null;
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r != null ? Long.parseLong(r) : lastRow + 1;
                        cells = new ArrayList<>(8);
                    }
                    case "c" -> {
                        String ref = xml.getAttributeValue(null, "r");
                        column = ref != null ? columnOf(ref) : cells == null ? 0 : cells.size();
                        type = xml.getAttributeValue(null, "t");
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        String text = xml.getElementText();
                        if (inline != null) {
                            inline.append(text);
                        }
                    }
                    default -> {
                        // formulas, styles and the rest carry nothing we read
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "c" -> {
                        if (cells != null) {
                            while (cells.size() < column) {
                                cells.add("");
                            }
                            String text = cellText(type, value, inline);
                            if (cells.size() == column) {
                                cells.add(text);
                            } else {
                                cells.set(column, text);
                            }
                        }
                    }
                    case "row" -> {
                        lastRow = rowNumber;
                        return new TableRow(rowNumber, cells);
                    }
                    case "sheetData" -> {
                        return null;
                    }
                    default -> {
                        // nothing to do at the end of other elements
                    }
                }
            }
        }
        return null;
    }

    private String cellText(String type, String value, StringBuilder inline) {
        if (type == null || type.equals("n")) {
            return value == null ? "" : integral(value.strip());
        }
        return switch (type) {
            case "s" -> value == null ? "" : strings.getItemAt(Integer.parseInt(value.strip())).getString().strip();
            case "inlineStr" -> inline == null ? "" : inline.toString().strip();
            case "b" -> "1".equals(value) ? "true" : "false";
            default -> value == null ? "" : value.strip();
        };
    }

    /**
     * "123.0" -> "123": some writers store whole numbers with a fraction; a person sees 123 in Excel
     * and a school code or a year must compare as written.
     */
    private static String integral(String number) {
        int dot = number.indexOf('.');
        if (dot > 0 && number.indexOf('E') < 0 && number.indexOf('e') < 0) {
            for (int i = dot + 1; i < number.length(); i++) {
                if (number.charAt(i) != '0') {
                    return number;
                }
            }
            return number.substring(0, dot);
        }
        return number;
    }

    /** "B12" -> 1 (zero-based column of an A1 reference). */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temp file left behind is removed with the temp directory
        }
    }
}
