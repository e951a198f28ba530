package ru.mentoring.index.methodologyversion;

import java.util.List;
import java.util.SortedMap;

/**
 * A checked methodology with its defaults filled in: what is stored (as JSON) and what a
 * classification run computes with. Two PUTs are "the same version" when their definitions are equal.
 */
public record MethodologyDefinition(
        List<Indicator> indicators,
        List<ContextFactor> contextFactors,
        IsbshMode isbshMode,
        Thresholds thresholds,
        Cohort cohort) {

    public enum Source { GIA, VPR, OTHER }

    public enum IsbshMode { FIXED_WEIGHTS, REGRESSION }

    public enum CohortChoice { ALL_LOADED, FIXED_BOUNDARIES }

    /** @param direction +1 higher is better, -1 lower is better */
    public record Indicator(String code, String name, Source source, int direction, double weight) {
    }

    /** @param weight the published weight in FIXED_WEIGHTS mode (may be negative); null in REGRESSION mode, where it is fitted */
    public record ContextFactor(String code, String name, Double weight) {
    }

    /**
     * @param alpha       significance level of a regression coefficient (domain 3.3: 0.05)
     * @param unstableGap (AM - GM) / AM above which results are unstable (domain 3.5: 0.01)
     * @param giaVprRatio max/min of the GIA-only and VPR-only indices from which they differ too much (1.5)
     */
    public record Thresholds(double alpha, double unstableGap, double giaVprRatio) {

        public static final Thresholds DEFAULT = new Thresholds(0.05, 0.01, 1.5);
    }

    /** @param boundaries by year; empty for ALL_LOADED */
    public record Cohort(CohortChoice choice, SortedMap<Integer, YearBoundaries> boundaries) {
    }

    /** @param isbsh null when the region published ИОР boundaries only (a past year used by the three-year rules) */
    public record YearBoundaries(Boundaries ior, Boundaries isbsh) {
    }

    public record Boundaries(double p25, double p50, double p75) {
    }
}
