package ru.mentoring.index.methodology;

import java.util.Arrays;

/**
 * Quartile boundaries by linear interpolation between closest ranks (Excel QUARTILE.INC, numpy's default):
 * for sorted values x_0..x_{n-1} the p-th percentile sits at position {@code h = (n-1)·p} and equals
 * {@code x_⌊h⌋ + (h - ⌊h⌋)·(x_⌊h⌋+1 - x_⌊h⌋)}.
 * A value is in Q1 if {@code v ≤ P25}, Q2 if {@code P25 < v ≤ P50}, Q3 if {@code P50 < v ≤ P75}, Q4 if
 * {@code v > P75}.
 */
final class QuartileCalculator {

    private QuartileCalculator() {
    }

    /** The p-th percentile (p in [0, 1]) of values already sorted ascending, none of them NaN. */
    static double percentile(double[] sortedAscending, double p) {
        int n = sortedAscending.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1]: " + p);
        }
        double position = (n - 1) * p;
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, n - 1);
        double fraction = position - lower;
        double a = sortedAscending[lower];
        double b = sortedAscending[upper];
        return fraction == 0 ? a : a + fraction * (b - a);
    }

    /** P25, P50, P75 of the non-NaN values (any order); at least one value. */
    static QuartileBoundaries boundaries(double[] values) {
        double[] sorted = definedSorted(values);
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        return of(sorted);
    }

    /**
     * P25, P50, P75 of the non-NaN values, refusing fewer than {@code minCount} of them: with three schools
     * "the lowest quarter" means nothing.
     *
     * @param indexName "ИОР" or "ИСБШ", for the message
     */
    static QuartileBoundaries boundaries(double[] values, int minCount, String indexName, int year) {
        double[] sorted = definedSorted(values);
        if (sorted.length < Math.max(1, minCount)) {
            throw new ComputationException(year, "Для квартилей нужно не менее " + minCount
                    + " школ с определённым значением " + indexName + " за " + year + " год, есть " + sorted.length);
        }
        return of(sorted);
    }

    /** Quartile number 1..4 of a value; the boundaries belong to the lower quartile. */
    static int quartile(double value, QuartileBoundaries b) {
        if (Numbers.le(value, b.p25())) {
            return 1;
        }
        if (Numbers.le(value, b.p50())) {
            return 2;
        }
        if (Numbers.le(value, b.p75())) {
            return 3;
        }
        return 4;
    }

    private static QuartileBoundaries of(double[] sorted) {
        return new QuartileBoundaries(percentile(sorted, 0.25), percentile(sorted, 0.5), percentile(sorted, 0.75));
    }

    private static double[] definedSorted(double[] values) {
        double[] defined = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                defined[n++] = v;
            }
        }
        double[] sorted = Arrays.copyOf(defined, n);
        Arrays.sort(sorted);
        return sorted;
    }
}
