package ru.mentoring.platform.upload;

import java.util.List;

/**
 * One data row of an uploaded table.
 *
 * @param line  where a person finds the row: the line of a CSV file or the row number of a sheet
 *              (the header is line 1 in both when it is the first line)
 * @param cells the cells in column order, trimmed; a missing cell at the end is simply absent
 */
public record TableRow(long line, List<String> cells) {

    /** The cell of a column, or an empty string when the row is shorter than the header. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
