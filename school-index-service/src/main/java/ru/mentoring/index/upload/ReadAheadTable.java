package ru.mentoring.index.upload;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * What CSV and XLSX tables share: the first non-blank row is the header, and one row is read ahead
 * so that {@link #hasNext()} needs no I/O. A subclass opens its source, then calls {@link #start()}.
 */
abstract class ReadAheadTable implements UploadedTable {

    private List<String> header = List.of();
    private TableRow next;

    /** The next row that is not blank, or {@code null} at the end of the table. */
    protected abstract TableRow readNonBlankRow();

    /** Reads the header and the first row; call once, when the source is open. */
    protected final void start() {
        TableRow first = readNonBlankRow();
        this.header = first == null ? List.of() : first.cells();
        this.next = readNonBlankRow();
    }

    @Override
    public final List<String> header() {
        return header;
    }

    @Override
    public final boolean hasNext() {
        return next != null;
    }

    @Override
    public final TableRow next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        TableRow row = next;
        next = readNonBlankRow();
        return row;
    }
}
