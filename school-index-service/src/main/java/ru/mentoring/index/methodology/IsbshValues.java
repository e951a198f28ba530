package ru.mentoring.index.methodology;

import java.util.List;

/**
 * ИСБШ of every school of the cohort for one year, indexed by the school's position in
 * {@link CohortData#schools()}.
 */
final class IsbshValues {

    private final int year;
    private final IsbshMode mode;
    final double[] raw;
    final double[] isbsh;
    private final UndefinedReason[] reasons;
    private final String[] missingFactor;
    private final List<FactorScaling> scaling;
    private final List<FactorWeight> weights;
    private final RegressionSummary regression;
    private final Double rawMin;
    private final Double rawMax;
    private final int definedCount;

    IsbshValues(int year, IsbshMode mode, double[] raw, double[] isbsh, UndefinedReason[] reasons,
                String[] missingFactor, List<FactorScaling> scaling, List<FactorWeight> weights,
                RegressionSummary regression, Double rawMin, Double rawMax) {
        this.year = year;
        this.mode = mode;
        this.raw = raw;
        this.isbsh = isbsh;
        this.reasons = reasons;
        this.missingFactor = missingFactor;
        this.scaling = List.copyOf(scaling);
        this.weights = List.copyOf(weights);
        this.regression = regression;
        this.rawMin = rawMin;
        this.rawMax = rawMax;
        int defined = 0;
        for (double v : isbsh) {
            if (!Double.isNaN(v)) {
                defined++;
            }
        }
        this.definedCount = defined;
    }

    int year() {
        return year;
    }

    IsbshMode mode() {
        return mode;
    }

    /** ИСБШ in [0, 1], or {@code null}. */
    Double isbsh(int school) {
        return Numbers.boxOrNull(isbsh[school]);
    }

    /** {@code Σ w_j z_j} before the min-max scaling, or {@code null}. */
    Double raw(int school) {
        return Numbers.boxOrNull(raw[school]);
    }

    /** {@code null} when ИСБШ is defined. */
    UndefinedReason undefinedReason(int school) {
        return reasons[school];
    }

    /** For MISSING_FACTOR: the first (in methodology order) factor with a non-zero weight the school lacks. */
    String missingFactor(int school) {
        return missingFactor[school];
    }

    List<FactorScaling> scaling() {
        return scaling;
    }

    /** The weights used, one per methodology factor, in methodology order. */
    List<FactorWeight> weights() {
        return weights;
    }

    /** The fit, or {@code null} in fixed-weights mode. */
    RegressionSummary regression() {
        return regression;
    }

    Double rawMin() {
        return rawMin;
    }

    Double rawMax() {
        return rawMax;
    }

    int definedCount() {
        return definedCount;
    }
}
