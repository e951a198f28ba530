package ru.mentoring.index.methodology;

/**
 * The numeric thresholds of a methodology version.
 *
 * @param significanceAlpha      a regression coefficient is used when its two-sided p-value is below this (0.05)
 * @param unstableRelativeGap    risk zone "unstable results" when {@code (AM - GM) / AM} is above this (0.01)
 * @param giaVprRatio            risk zone "GIA/VPR differentiation" when {@code max/min} is at least this (1.5)
 * @param minSchoolsForQuartiles fewest schools with a defined value for computed quartiles (4)
 * @param minWeightShare         ИОР is defined when the school's indicators carry at least this share of the
 *                               total weight (0.5)
 */
public record Thresholds(double significanceAlpha, double unstableRelativeGap, double giaVprRatio,
                         int minSchoolsForQuartiles, double minWeightShare) {

    public static final double DEFAULT_SIGNIFICANCE_ALPHA = 0.05;
    public static final double DEFAULT_UNSTABLE_RELATIVE_GAP = 0.01;
    public static final double DEFAULT_GIA_VPR_RATIO = 1.5;
    public static final int DEFAULT_MIN_SCHOOLS_FOR_QUARTILES = 4;
    public static final double DEFAULT_MIN_WEIGHT_SHARE = 0.5;

    public Thresholds {
        if (!(significanceAlpha > 0 && significanceAlpha < 1)) {
            throw new MethodologyException("thresholds.significanceAlpha",
                    "Уровень значимости должен быть в интервале (0; 1)");
        }
        if (!(unstableRelativeGap >= 0) || !Double.isFinite(unstableRelativeGap)) {
            throw new MethodologyException("thresholds.unstableRelativeGap",
                    "Порог неустойчивости результатов должен быть неотрицательным числом");
        }
        if (!(giaVprRatio >= 1) || !Double.isFinite(giaVprRatio)) {
            throw new MethodologyException("thresholds.giaVprRatio",
                    "Порог различия результатов ГИА и ВПР должен быть не меньше 1");
        }
        if (minSchoolsForQuartiles < 1) {
            throw new MethodologyException("thresholds.minSchoolsForQuartiles",
                    "Минимальное число школ для квартилей должно быть не меньше 1");
        }
        if (!(minWeightShare > 0 && minWeightShare <= 1)) {
            throw new MethodologyException("thresholds.minWeightShare",
                    "Минимальная доля веса показателей должна быть в интервале (0; 1]");
        }
    }

    /** The defaults of docs/methodology.md §5: 0.05, 0.01, 1.5, 4 schools, half of the weight. */
    static Thresholds defaults() {
        return new Thresholds(DEFAULT_SIGNIFICANCE_ALPHA, DEFAULT_UNSTABLE_RELATIVE_GAP, DEFAULT_GIA_VPR_RATIO,
                DEFAULT_MIN_SCHOOLS_FOR_QUARTILES, DEFAULT_MIN_WEIGHT_SHARE);
    }
}
