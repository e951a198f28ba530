package ru.mentoring.index.methodology;

import java.util.List;

/**
 * What the status rules read of one school in year Y: its ИОР over the three years with quartiles, its ИСБШ
 * with the quartile, the stability and GIA/VPR details, and the cohort's figures they compare with.
 *
 * @param year            Y
 * @param history         ИОР of Y-2, Y-1, Y (each with its boundaries, or why it is undefined)
 * @param ior             the three ИОР values, NaN where undefined
 * @param quartiles       the three ИОР quartiles, {@code null} where undefined
 * @param iorBounds       ИОР boundaries of Y
 * @param isbsh           ИСБШ of Y, NaN where undefined
 * @param isbshQuartile   its quartile, or {@code null}
 * @param isbshBounds     ИСБШ boundaries of Y, or {@code null} when ИСБШ is not computed
 * @param stability       the numbers behind the unstable-results rule
 * @param giaVpr          the numbers behind the GIA/VPR rule
 * @param giaVprZeroGap   one of the GIA/VPR indices is zero and the other is not (counts as a gap)
 * @param advancedLevel   an advanced-level school
 * @param cohortMean      mean ИОР(Y) of the cohort, NaN when none is defined
 */
record SchoolFacts(int year, List<IorYear> history, double[] ior, Integer[] quartiles, QuartileBoundaries iorBounds,
                   double isbsh, Integer isbshQuartile, QuartileBoundaries isbshBounds, StabilityDetail stability,
                   GiaVprDetail giaVpr, boolean giaVprZeroGap, boolean advancedLevel, double cohortMean) {

    double iorOfY() {
        return ior[2];
    }

    Integer quartileOfY() {
        return quartiles[2];
    }

    boolean iorQuartileOfY(int quartile) {
        return quartiles[2] != null && quartiles[2] == quartile;
    }

    boolean isbshQuartile(int quartile) {
        return isbshQuartile != null && isbshQuartile == quartile;
    }

    /** The ИОР quartile was the given one in each of the three years. */
    boolean iorQuartileEveryYear(int quartile) {
        for (Integer q : quartiles) {
            if (q == null || q != quartile) {
                return false;
            }
        }
        return true;
    }
}
