package ru.mentoring.index.official;

import java.time.OffsetDateTime;

/**
 * The answer to loading a year's official ШНОР list.
 *
 * @param replaced whether an earlier list of the same year was replaced
 */
record OfficialListReport(int year, int schoolCount, boolean replaced, OffsetDateTime loadedAt, String loadedBy) {
}
