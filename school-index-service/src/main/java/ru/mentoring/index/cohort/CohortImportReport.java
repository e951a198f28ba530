package ru.mentoring.index.cohort;

/**
 * @param keptFromRegistry rows naming a school the registry already made known: the registry's
 *                         description wins, so such rows change nothing
 */
record CohortImportReport(long rowsRead, long created, long updated, long keptFromRegistry, String message) {
}
