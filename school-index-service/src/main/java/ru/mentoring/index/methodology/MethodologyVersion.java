package ru.mentoring.index.methodology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of the methodology: indicators, context factors, the ИСБШ mode, thresholds and the cohort
 * choice. A classification records the version string so that a past list can be reproduced exactly.
 * The canonical constructor validates everything and throws {@link MethodologyException}.
 *
 * @param version        version label, e.g. {@code "2024.1"}
 * @param indicators     ИОР indicators, at least one, unique codes, weights {@code >= 0}, not all zero
 * @param contextFactors ИСБШ factors, unique codes (may be empty: then ИСБШ is not computed)
 * @param isbshMode      fixed weights or regression
 * @param thresholds     numeric thresholds ({@code null} means {@link Thresholds#defaults()})
 * @param cohortChoice   where quartile boundaries come from ({@code null} means all loaded schools)
 */
public record MethodologyVersion(String version, List<Indicator> indicators, List<ContextFactor> contextFactors,
                                 IsbshMode isbshMode, Thresholds thresholds, CohortChoice cohortChoice) {

    public MethodologyVersion {
        if (version == null || version.isBlank()) {
            throw new MethodologyException("version", "Не указана версия методики");
        }
        if (indicators == null || indicators.isEmpty()) {
            throw new MethodologyException("indicators", "Методика должна содержать хотя бы один показатель");
        }
        Set<String> codes = new HashSet<>();
        double total = 0;
        for (Indicator indicator : indicators) {
            if (indicator == null) {
                throw new MethodologyException("indicators", "Пустой показатель в списке");
            }
            if (!codes.add(indicator.code())) {
                throw new MethodologyException("indicators[" + indicator.code() + "].code",
                        "Код показателя " + indicator.code() + " повторяется");
            }
            total += indicator.weight();
        }
        if (!(total > 0)) {
            throw new MethodologyException("indicators.weight",
                    "Сумма весов показателей должна быть больше нуля: все веса равны нулю");
        }
        indicators = List.copyOf(indicators);

        if (contextFactors == null) {
            contextFactors = List.of();
        }
        Set<String> factorCodes = new HashSet<>();
        boolean anyNonZero = false;
        for (ContextFactor factor : contextFactors) {
            if (factor == null) {
                throw new MethodologyException("contextFactors", "Пустой контекстный фактор в списке");
            }
            if (!factorCodes.add(factor.code())) {
                throw new MethodologyException("contextFactors[" + factor.code() + "].code",
                        "Код контекстного фактора " + factor.code() + " повторяется");
            }
            anyNonZero |= factor.weight() != 0;
        }
        contextFactors = List.copyOf(contextFactors);

        if (isbshMode == null) {
            throw new MethodologyException("isbshMode",
                    "Не указан способ расчёта ИСБШ (FIXED_WEIGHTS или REGRESSION)");
        }
        // With fixed weights all equal to zero every school would get raw = 0 and ИСБШ = 0.5: meaningless.
        if (isbshMode == IsbshMode.FIXED_WEIGHTS && !contextFactors.isEmpty() && !anyNonZero) {
            throw new MethodologyException("contextFactors.weight",
                    "При фиксированных весах хотя бы один вес контекстного фактора должен быть ненулевым");
        }
        if (thresholds == null) {
            thresholds = Thresholds.defaults();
        }
        if (cohortChoice == null) {
            cohortChoice = CohortChoice.allLoaded();
        }
    }

    /** Σ w_i over all indicators of the methodology: the denominator of the "half of the weight" rule. */
    double totalIndicatorWeight() {
        return totalWeight(null);
    }

    /** Σ w_i over the indicators of one source (GIA or VPR): the denominator for a sub-index. */
    double totalIndicatorWeight(Source source) {
        return totalWeight(source);
    }

    private double totalWeight(Source source) {
        double total = 0;
        for (Indicator indicator : indicators) {
            if (source == null || indicator.source() == source) {
                total += indicator.weight();
            }
        }
        return total;
    }

    public static Builder builder(String version) {
        return new Builder(version);
    }

    /** Fluent construction; {@link #build()} runs the same validation as the constructor. */
    public static final class Builder {
        private final String version;
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<ContextFactor> factors = new ArrayList<>();
        private IsbshMode mode = IsbshMode.REGRESSION;
        private Thresholds thresholds = Thresholds.defaults();
        private CohortChoice cohortChoice = CohortChoice.allLoaded();

        private Builder(String version) {
            this.version = version;
        }

        public Builder indicator(String code, String name, Source source, int direction, double weight) {
            indicators.add(Indicator.of(code, name, source, direction, weight));
            return this;
        }

        public Builder indicator(Indicator indicator) {
            indicators.add(indicator);
            return this;
        }

        /** A factor with a fixed weight (used in FIXED_WEIGHTS mode). */
        public Builder factor(String code, String name, double weight) {
            factors.add(new ContextFactor(code, name, weight));
            return this;
        }

        /** A factor whose weight comes from the regression. */
        public Builder factor(String code, String name) {
            factors.add(ContextFactor.of(code, name));
            return this;
        }

        public Builder isbshMode(IsbshMode mode) {
            this.mode = mode;
            return this;
        }

        public Builder thresholds(Thresholds thresholds) {
            this.thresholds = thresholds;
            return this;
        }

        public Builder cohortChoice(CohortChoice cohortChoice) {
            this.cohortChoice = cohortChoice;
            return this;
        }

        public MethodologyVersion build() {
            return new MethodologyVersion(version, indicators, factors, mode, thresholds, cohortChoice);
        }
    }
}
