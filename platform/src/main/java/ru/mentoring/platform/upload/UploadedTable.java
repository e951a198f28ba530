package ru.mentoring.platform.upload;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A table sent as CSV or XLSX, read one row at a time so that a file of millions of rows never sits
 * in memory. The first non-empty row is the header; blank rows are skipped.
 */
public interface UploadedTable extends Iterator<TableRow>, AutoCloseable {

    /** Column names as written in the header, trimmed. */
    List<String> header();

    /** The column with one of the given names (case-insensitive), if the header has it. */
    default OptionalInt column(String... names) {
        List<String> header = header();
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    @Override
    void close();
}
