package ru.mentoring.index.upload;

import java.util.List;

/**
 * An upload with at least one bad row: nothing of it is stored, and the answer lists the rows
 * (up to {@link #MAX_LISTED}, so that a wholly wrong file of a million rows gives a readable answer).
 */
public class RowsRejectedException extends RuntimeException {

    public static final int MAX_LISTED = 1000;

    private final long rowsRead;
    private final long rejectedRows;
    private final List<RowError> errors;

    public RowsRejectedException(String message, long rowsRead, long rejectedRows, List<RowError> errors) {
        super(message);
        this.rowsRead = rowsRead;
        this.rejectedRows = rejectedRows;
        this.errors = List.copyOf(errors);
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rejectedRows() {
        return rejectedRows;
    }

    public List<RowError> errors() {
        return errors;
    }
}
