package ru.mentoring.index.methodology;

import java.util.List;

/**
 * ИОР of every school of the cohort for one year, with the GIA-only and VPR-only sub-indices.
 * Indexed by the school's position in {@link CohortData#schools()}.
 */
final class IorValues {

    private final int year;
    final double[] ior;
    final double[] weightShare;
    final double[] gia;
    final double[] vpr;
    private final UndefinedReason[] reasons;
    private final List<IndicatorRange> ranges;
    private final int definedCount;

    IorValues(int year, double[] ior, double[] weightShare, double[] gia, double[] vpr, UndefinedReason[] reasons,
              List<IndicatorRange> ranges) {
        this.year = year;
        this.ior = ior;
        this.weightShare = weightShare;
        this.gia = gia;
        this.vpr = vpr;
        this.reasons = reasons;
        this.ranges = List.copyOf(ranges);
        int defined = 0;
        for (double v : ior) {
            if (!Double.isNaN(v)) {
                defined++;
            }
        }
        this.definedCount = defined;
    }

    int year() {
        return year;
    }

    int size() {
        return ior.length;
    }

    /** ИОР in [0, 1], or {@code null} when undefined (see {@link #undefinedReason(int)}). */
    Double ior(int school) {
        return Numbers.boxOrNull(ior[school]);
    }

    /** Share of the methodology's total indicator weight that the school's values carry, in [0, 1]. */
    double weightShare(int school) {
        return weightShare[school];
    }

    /** Index over GIA indicators only, or {@code null}. */
    Double giaIndex(int school) {
        return Numbers.boxOrNull(gia[school]);
    }

    /** Index over VPR indicators only, or {@code null}. */
    Double vprIndex(int school) {
        return Numbers.boxOrNull(vpr[school]);
    }

    /** {@code null} when ИОР is defined, else NO_DATA or INSUFFICIENT_DATA. */
    UndefinedReason undefinedReason(int school) {
        return reasons[school];
    }

    /** Normalisation range per indicator, in methodology order. */
    List<IndicatorRange> indicatorRanges() {
        return ranges;
    }

    /** Schools with a defined ИОР. */
    int definedCount() {
        return definedCount;
    }
}
