package ru.mentoring.platform.upload;

import java.util.List;

/**
 * An upload with at least one bad row: nothing of it is stored, and the answer (422) lists the rows
 * as {@code errors: [{row, field, reason}]}, at most {@link #MAX_LISTED} of them (so that a wholly
 * wrong file of a million rows gives a readable answer), with {@code rowsRead} and {@code rejectedRows}.
 */
public class RowsRejectedException extends RuntimeException {

    public static final int MAX_LISTED = 1000;

    private final long rowsRead;
    private final long rejectedRows;
    private final List<RowError> errors;
    private final boolean truncated;

    public RowsRejectedException(String message, long rowsRead, long rejectedRows, List<RowError> errors) {
        super(message);
        this.rowsRead = rowsRead;
        this.rejectedRows = rejectedRows;
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED)));
        this.truncated = errors.size() > MAX_LISTED || rejectedRows > MAX_LISTED;
    }

    /** The rows of a list of errors, counted once each. */
    public static RowsRejectedException of(String message, long rowsRead, List<RowError> errors) {
        return new RowsRejectedException(message, rowsRead, errors.stream().mapToLong(RowError::row).distinct().count(), errors);
    }

    /** One row breaks the bounds of the reader: the file is refused at that row. */
    static RowsRejectedException atRow(long rowsRead, long row, String field, String reason) {
        return new RowsRejectedException("Файл не загружен: строка " + row + " выходит за допустимые границы таблицы. "
                + "Ни одна строка не сохранена.", rowsRead, 1, List.of(new RowError(row, field, reason)));
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
