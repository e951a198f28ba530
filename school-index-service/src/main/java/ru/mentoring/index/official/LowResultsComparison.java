package ru.mentoring.index.official;

import java.util.List;

/**
 * The official ШНОР list beside the computed one (LOW_RESULTS of the year's latest run), limited to
 * the schools the caller may read; codes sorted.
 */
record LowResultsComparison(int year, List<String> inBoth, List<String> onlyOfficial, List<String> onlyComputed) {
}
