package ru.mentoring.platform.upload;

/**
 * The bounds a table is read within; checked as each cell and row arrives, so that nothing is
 * allocated for a column or a row beyond them.
 *
 * @param maxRows      data rows
 * @param maxColumns   cells of the header row (and so of any row)
 * @param maxCellChars characters of one cell
 */
record UploadLimits(long maxRows, int maxColumns, int maxCellChars) {

    /** The last column a workbook can have: XFD (16,384 columns). */
    static final int LAST_EXCEL_COLUMN = 16_383;
}
