package ru.mentoring.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Excel on a Russian Windows opens it as is: UTF-8 with a byte order mark, {@code ;} between
 * cells, CRLF between records, RFC 4180 quoting. Every text cell goes through
 * {@link SpreadsheetText#neutralize}; numbers are written as numbers.
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;
    private final char delimiter;

    private CsvWriter(Writer out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    /** A writer with «;» that starts with the byte order mark. */
    public static CsvWriter excel(OutputStream out) {
        CsvWriter writer = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), ';');
        writer.write("\uFEFF");
        return writer;
    }

    /** One record; {@code null} is an empty cell. */
    public CsvWriter record(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                write(String.valueOf(delimiter));
            }
            write(cell(cells.get(i)));
        }
        write("\r\n");
        return this;
    }

    /** One cell as it is written: neutralized if text, quoted when it holds a delimiter, a quote or a line break. */
    String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Number ? value.toString() : SpreadsheetText.neutralize(value.toString());
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
