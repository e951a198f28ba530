package ru.mentoring.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The first sheet of an XLSX workbook, read as a stream of rows (StAX over the sheet's XML through
 * POI's event reader {@link XSSFReader}), so that a sheet is never built as a POI object model.
 * Numbers are taken as Excel stores them (full precision), not as a cell format would display
 * them; a number formatted as a date reads as {@code dd.MM.yyyy}. POI's zip-bomb limits (set by
 * {@link Uploads}) refuse a part that expands too far while it is read.
 */
final class XlsxTable extends ReadAheadTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Path file;
    private final OPCPackage workbook;
    private final SharedStrings strings;
    private final StylesTable styles;
    /** Whether a style index formats numbers as dates, per index seen. */
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private long lastRow;

    private XlsxTable(Path file, UploadLimits limits) throws Exception {
        super(limits);
        this.file = file;
        this.workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFReader reader = new XSSFReader(workbook);
        this.strings = new ReadOnlySharedStringsTable(workbook, false);
        this.styles = stylesOf(reader);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw UploadException.unreadable("В книге Excel нет ни одного листа");
        }
        this.sheet = sheets.next();
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        start();
    }

    /** Opens a workbook spooled to a file; the file is deleted when the table is closed. */
    static XlsxTable open(Path file, UploadLimits limits) {
        XlsxTable table = null;
        try {
            table = new XlsxTable(file, limits);
            return table;
        } catch (UploadException | RowsRejectedException e) {
            deleteQuietly(file);
            throw e;
        } catch (Exception e) {
            deleteQuietly(file);
            throw translate(e, 0);
        }
    }

    private static StylesTable stylesOf(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (Exception e) {
            return null; // a workbook without styles has no dates either
        }
    }

    /** POI's refusals (a zip bomb, a part over the limits) are 413; anything else is no workbook. */
    static RuntimeException translate(Throwable e, long afterRow) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UploadException | t instanceof RowsRejectedException) {
                return (RuntimeException) t;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("exceeds the maximum")
                    || message.contains("maximum length") || message.contains("max size"))) {
                return new UploadTooLargeException("Книга Excel распаковывается в слишком большой объём (похоже на zip-бомбу): "
                        + "сохраните её заново или разделите на части.");
            }
        }
        return UploadException.unreadable(afterRow > 0
                ? "Файл Excel не прочитан: лист не разобран после строки " + afterRow
                : "Файл Excel не прочитан: он повреждён или это не книга .xlsx");
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
                RowCells row = readRow();
                if (row == null) {
                    return null;
                }
                if (!row.blank()) {
                    return row.toRow();
                }
                skippedBlankRow();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw translate(e, lastRow);
        }
    }

    /** The next {@code <row>} of the sheet, or null after the last. */
    private RowCells readRow() throws XMLStreamException {
        RowCells cells = null;
        long rowNumber = 0;
        int column = -1;
        int nextColumn = 0;
        String type = null;
        String style = null;
        String value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r != null ? Long.parseLong(r.strip()) : lastRow + 1;
                        cells = row(rowNumber);
                        nextColumn = 0;
                    }
                    case "c" -> {
                        String ref = xml.getAttributeValue(null, "r");
                        column = ref != null ? columnOf(ref) : nextColumn;
                        nextColumn = column + 1;
                        if (cells != null) {
                            cells.checkColumn(column);
                        }
                        type = xml.getAttributeValue(null, "t");
                        style = xml.getAttributeValue(null, "s");
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
                            cells.put(column, cellText(type, style, value, inline));
                        }
                    }
                    case "row" -> {
                        lastRow = rowNumber;
                        return cells;
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

    private String cellText(String type, String style, String value, StringBuilder inline) {
        if (type == null || type.equals("n")) {
            if (value == null || value.isBlank()) {
                return "";
            }
            return isDate(style) ? date(value.strip()) : integral(value.strip());
        }
        return switch (type) {
            case "s" -> value == null ? "" : strings.getItemAt(Integer.parseInt(value.strip())).getString().strip();
            case "inlineStr" -> inline == null ? "" : inline.toString().strip();
            case "b" -> "1".equals(value) ? "true" : "false";
            default -> value == null ? "" : value.strip();
        };
    }

    private boolean isDate(String style) {
        if (style == null || styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(Integer.parseInt(style.strip()), index -> {
            if (index < 0 || index >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(index);
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    /** An Excel date serial as a person reads it: 45292 -> 01.01.2024 (with the time when it has one). */
    private static String date(String serial) {
        try {
            double number = Double.parseDouble(serial);
            if (!DateUtil.isValidExcelDate(number)) {
                return serial;
            }
            LocalDateTime at = DateUtil.getLocalDateTime(number);
            return at.toLocalTime().toSecondOfDay() == 0 ? DATE.format(at) : DATE_TIME.format(at);
        } catch (NumberFormatException e) {
            return serial;
        }
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

    /**
     * "B12" -> 1 (zero-based column of an A1 reference). Letters past XFD stop counting at once
     * ({@code ZZZZZZ1} is one past the last column, never a huge number or an overflow).
     */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > UploadLimits.LAST_EXCEL_COLUMN + 1) {
                return UploadLimits.LAST_EXCEL_COLUMN + 1;
            }
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
