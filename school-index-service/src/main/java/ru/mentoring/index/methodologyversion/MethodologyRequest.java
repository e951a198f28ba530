package ru.mentoring.index.methodologyversion;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code PUT /api/index/methodologies/{version}} as sent: codes of enumerations stay
 * strings here, so that an unknown source or mode is a 422 naming the field rather than an
 * unreadable body. {@link MethodologyValidator} turns it into a {@link MethodologyDefinition}.
 */
record MethodologyRequest(
        List<Indicator> indicators,
        List<ContextFactor> contextFactors,
        String isbshMode,
        Thresholds thresholds,
        Cohort cohort) {

    public record Indicator(String code, String name, String source, Integer direction, Double weight) {
    }

    public record ContextFactor(String code, String name, Double weight) {
    }

    public record Thresholds(Double alpha, Double unstableGap, Double giaVprRatio) {
    }

    /** @param boundaries by year ("2024"), the region's published quartile boundaries */
    public record Cohort(String choice, Map<String, YearBoundaries> boundaries) {
    }

    public record YearBoundaries(Boundaries ior, Boundaries isbsh) {
    }

    public record Boundaries(Double p25, Double p50, Double p75) {
    }
}
