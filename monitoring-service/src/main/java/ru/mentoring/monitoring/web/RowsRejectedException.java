package ru.mentoring.monitoring.web;

import java.util.List;

/**
 * An upload with at least one bad row: nothing of it is stored (all or nothing), and the answer
 * (422) lists the rows, at most {@link #MAX_LISTED}.
 */
public class RowsRejectedException extends RuntimeException {

    public static final int MAX_LISTED = 1000;

    /** @param row the line of the file a person finds it at (the header is line 1) */
    public record RowError(long row, String field, String reason) {
    }

    private final long rowsRead;
    private final long rejectedRows;
    private final List<RowError> errors;
    private final boolean truncated;

    public RowsRejectedException(String message, long rowsRead, long rejectedRows, List<RowError> errors) {
        super(message);
        this.rowsRead = rowsRead;
        this.rejectedRows = rejectedRows;
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED)));
        this.truncated = errors.size() > MAX_LISTED;
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

    public boolean truncated() {
        return truncated;
    }
}
