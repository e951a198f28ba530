package ru.mentoring.index.data;

/**
 * The answer to a stored upload.
 *
 * @param replacedPrevious whether values of this kind were already stored for the year (they are gone now)
 * @param previousRows     how many values the replaced load had
 * @param message          what happened, in Russian, for the coordinator's screen
 */
public record ImportReport(int year, ValueKind kind, long rowsRead, long rowsStored, boolean replacedPrevious,
        long previousRows, int schools, String message) {
}
