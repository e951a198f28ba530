package ru.mentoring.platform.upload;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * What CSV and XLSX tables share: the first non-blank row is the header, and one row is read ahead
 * so that {@link #hasNext()} needs no I/O. The bounds are checked here and in {@link RowCells}, as the
 * rows arrive: a header within the first {@value #MAX_ROWS_BEFORE_HEADER} rows and no wider than
 * {@code maxColumns}, no value beyond the header's columns, at most {@code maxRows} rows after the
 * header, blank ones included (a million formatted empty rows is no table either). A subclass
 * opens its source, then calls {@link #start()}.
 */
abstract class ReadAheadTable implements UploadedTable {

    static final int MAX_ROWS_BEFORE_HEADER = 1000;

    private final UploadLimits limits;
    private List<String> header;
    private long blankRows;
    private TableRow next;
    private long rowsRead;

    protected ReadAheadTable(UploadLimits limits) {
        this.limits = limits;
    }

    /**
     * The next row that is not blank, or {@code null} at the end of the table; a subclass calls
     * {@link #skippedBlankRow()} for each blank row it passes.
     */
    protected abstract TableRow readNonBlankRow();

    /** Counts a blank row against the limits. */
    protected final void skippedBlankRow() {
        blankRows++;
        if (header == null && blankRows > MAX_ROWS_BEFORE_HEADER) {
            throw UploadException.unreadable("В первых " + MAX_ROWS_BEFORE_HEADER + " строках нет заголовка таблицы");
        }
        if (header != null && rowsRead + blankRows > limits.maxRows()) {
            throw tooManyRows();
        }
    }

    private UploadTooLargeException tooManyRows() {
        return new UploadTooLargeException("В файле больше " + limits.maxRows() + " строк данных: разделите его на части.");
    }

    /** The cells of a new row at {@code line}, bounded by the header read so far. */
    protected final RowCells row(long line) {
        return header == null
                ? new RowCells(limits, limits.maxColumns(), line, true, 0)
                : new RowCells(limits, header.size(), line, false, rowsRead);
    }

    protected final UploadLimits limits() {
        return limits;
    }

    /** Reads the header and the first row; call once, when the source is open. */
    protected final void start() {
        TableRow first = readNonBlankRow();
        this.header = first == null ? List.of() : first.cells();
        this.blankRows = 0;
        this.next = readDataRow();
    }

    private TableRow readDataRow() {
        TableRow row = readNonBlankRow();
        if (row != null && ++rowsRead + blankRows > limits.maxRows()) {
            throw tooManyRows();
        }
        return row;
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
        next = readDataRow();
        return row;
    }
}
