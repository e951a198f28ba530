package ru.mentoring.platform.upload;

/**
 * Why one row of an upload was rejected.
 *
 * @param row    where a person finds it: the line of a CSV file or the row number of a sheet (the
 *               header is row 1 when it is the first line)
 * @param field  the column (its header name, or its letters when it has none)
 * @param reason in Russian
 */
public record RowError(long row, String field, String reason) {
}
