package ru.mentoring.platform.upload;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of an upload while it is read; counts every rejected row, lists the first ones. */
public final class RowErrors {

    private final List<RowError> listed = new ArrayList<>();
    private long rejectedRows;
    private long lastRejectedRow = -1;

    public void reject(long row, String field, String reason) {
        if (row != lastRejectedRow) {
            rejectedRows++;
            lastRejectedRow = row;
        }
        if (listed.size() <= RowsRejectedException.MAX_LISTED) {
            listed.add(new RowError(row, field, reason));
        }
    }

    public boolean any() {
        return rejectedRows > 0;
    }

    public RowsRejectedException exception(long rowsRead) {
        String message = "Файл не загружен: отклонено строк — " + rejectedRows + " из " + rowsRead
                + ". Исправьте строки из списка errors и загрузите файл целиком ещё раз.";
        return new RowsRejectedException(message, rowsRead, rejectedRows, listed);
    }
}
