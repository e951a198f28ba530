package ru.mentoring.index.history;

import java.util.List;

/**
 * How many schools of a municipality were ШНОР (LOW_RESULTS in the latest run of each year) and the
 * change against the year before; the programme's target is a fall of at least
 * {@code targetFallPercent} per cent a year.
 */
record LowResultsTrend(String municipality, int targetFallPercent, List<Year> years) {

    /**
     * @param previousCount  the count of the calendar year before, null when that year has no run with the municipality's schools
     * @param change         {@code count - previousCount}
     * @param changePercent  {@code change / previousCount * 100}, rounded to two decimals; null when there is no
     *                       previous year or it had no ШНОР
     * @param targetMet      whether the count fell by at least the target; null when there is no previous
     *                       year or it had no ШНОР (there is nothing to fall from)
     */
    public record Year(int year, int lowResultsCount, int schoolCount, Integer previousCount, Integer change,
            Double changePercent, Boolean targetMet) {
    }
}
