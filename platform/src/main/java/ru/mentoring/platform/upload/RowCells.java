package ru.mentoring.platform.upload;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one row as they are read, within the bounds: an empty cell is not stored (a missing
 * cell reads as empty), so a reference far to the right ({@code XFD1}) costs nothing unless it holds
 * a value, and then it is refused before anything is padded to it.
 */
final class RowCells {

    private final UploadLimits limits;
    private final int width;
    private final long line;
    private final boolean header;
    private final long rowsRead;
    private final List<String> cells = new ArrayList<>(8);

    RowCells(UploadLimits limits, int width, long line, boolean header, long rowsRead) {
        this.limits = limits;
        this.width = width;
        this.line = line;
        this.header = header;
        this.rowsRead = rowsRead;
    }

    /** Whether a column (zero-based) exists on a sheet at all; refuses one beyond XFD. */
    void checkColumn(int column) {
        if (column < 0 || column > UploadLimits.LAST_EXCEL_COLUMN) {
            throw RowsRejectedException.atRow(rowsRead, line, "столбец " + (column < 0 ? "?" : letters(column)),
                    "Ссылка на ячейку за пределами листа Excel (последний столбец — XFD)");
        }
    }

    /** A cell's text (trimmed) at a column (zero-based). */
    void put(int column, String text) {
        checkColumn(column);
        if (text.isEmpty()) {
            return;
        }
        if (column >= width) {
            throw RowsRejectedException.atRow(rowsRead, line, "столбец " + letters(column), header
                    ? "В строке заголовка больше " + limits.maxColumns() + " столбцов"
                    : "Значение за пределами столбцов заголовка (их " + width + ")");
        }
        checkLength(column, text.length());
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(text);
        } else {
            cells.set(column, text);
        }
    }

    /** Refuses a cell longer than the limit; called while a long cell is still being read, too. */
    void checkLength(int column, int length) {
        if (length > limits.maxCellChars()) {
            throw RowsRejectedException.atRow(rowsRead, line, "столбец " + letters(column),
                    "В ячейке больше " + limits.maxCellChars() + " символов");
        }
    }

    boolean blank() {
        return cells.isEmpty();
    }

    TableRow toRow() {
        return new TableRow(line, List.copyOf(cells));
    }

    /** 0 -> "A", 26 -> "AA": the column as Excel names it. */
    static String letters(int column) {
        StringBuilder out = new StringBuilder(3);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            out.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return out.toString();
    }
}
