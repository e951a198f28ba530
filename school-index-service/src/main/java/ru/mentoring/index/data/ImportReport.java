package ru.mentoring.index.data;

import java.util.UUID;

/**
 * The answer to a stored upload: a new data set, now the current one of its year and kind.
 *
 * @param replacedPrevious  whether a data set of this kind was current for the year (it is kept, no longer current)
 * @param previousRows      how many values that data set has
 * @param message           what happened, in Russian, for the coordinator's screen
 * @param dataSetId         the new data set
 * @param previousDataSetId the data set that was current before, to make current again for undo; null if none
 * @param checksum          SHA-256 of the bytes received, hex
 */
record ImportReport(int year, ValueKind kind, long rowsRead, long rowsStored, boolean replacedPrevious,
        long previousRows, int schools, String message, UUID dataSetId, UUID previousDataSetId, String fileName,
        String checksum) {
}
