package ru.mentoring.index.methodology;

import java.util.Optional;

/**
 * The statuses of a school as named rules (docs/methodology.md §5), one per {@link SchoolStatus} and in its
 * order: each says whether its status holds for a school and, when it does, why, with the numbers that led
 * to it. The classifier applies every rule to every school; a new status is a new constant here.
 */
enum StatusRule {

    LOW_RESULTS(SchoolStatus.LOW_RESULTS) {
        @Override
        Optional<String> reason(SchoolFacts f) {
            if (!f.iorQuartileOfY(1)) {
                return Optional.empty();
            }
            return Optional.of("ИОР за " + f.year() + " год = " + Numbers.fmt(f.iorOfY()) + " ≤ P25 = "
                    + Numbers.fmt(f.iorBounds().p25()) + ": первый квартиль (низкий уровень)");
        }
    },

    STABLY_LOW(SchoolStatus.STABLY_LOW) {
        @Override
        Optional<String> reason(SchoolFacts f) {
            if (!f.iorQuartileEveryYear(1)) {
                return Optional.empty();
            }
            return Optional.of("ИОР в первом квартиле три года подряд: " + threeYears(f, true));
        }
    },

    UNFAVOURABLE_SOCIAL(SchoolStatus.UNFAVOURABLE_SOCIAL) {
        @Override
        Optional<String> reason(SchoolFacts f) {
            if (!f.isbshQuartile(1)) {
                return Optional.empty();
            }
            return Optional.of("ИСБШ за " + f.year() + " год = " + Numbers.fmt(f.isbsh()) + " ≤ P25 = "
                    + Numbers.fmt(f.isbshBounds().p25()) + ": первый квартиль");
        }
    },

    STABLY_HIGH(SchoolStatus.STABLY_HIGH) {
        @Override
        Optional<String> reason(SchoolFacts f) {
            if (!f.iorQuartileEveryYear(4)) {
                return Optional.empty();
            }
            return Optional.of("ИОР в четвёртом квартиле три года подряд: " + threeYears(f, false));
        }
    },

    EFFECTIVE(SchoolStatus.EFFECTIVE) {
        @Override
        Optional<String> reason(SchoolFacts f) {
            if (!f.iorQuartileOfY(4) || !f.isbshQuartile(4)) {
                return Optional.empty();
            }
            return Optional.of("ИОР = " + Numbers.fmt(f.iorOfY()) + " > P75 = " + Numbers.fmt(f.iorBounds().p75())
                    + " и ИСБШ = " + Numbers.fmt(f.isbsh()) + " > P75 = " + Numbers.fmt(f.isbshBounds().p75())
                    + ": оба в четвёртом квартиле");
        }
    },

    RESILIENT(SchoolStatus.RESILIENT) {
        @Override
        Optional<String> reason(SchoolFacts f) {
            Integer q = f.quartileOfY();
            if (q == null || q < 3 || !f.isbshQuartile(1)) {
                return Optional.empty();
            }
            return Optional.of("ИОР = " + Numbers.fmt(f.iorOfY()) + " > P50 = " + Numbers.fmt(f.iorBounds().p50())
                    + " (" + q + " квартиль) при ИСБШ = " + Numbers.fmt(f.isbsh()) + " ≤ P25 = "
                    + Numbers.fmt(f.isbshBounds().p25()) + " (первый квартиль)");
        }
    },

    RISK_UNSTABLE(SchoolStatus.RISK_UNSTABLE) {
        @Override
        Optional<String> reason(SchoolFacts f) {
            StabilityDetail s = f.stability();
            if (s.relativeGap() == null || !Numbers.gt(s.relativeGap(), s.threshold())) {
                return Optional.empty();
            }
            double[] v = f.ior();
            return Optional.of("ИОР за " + (f.year() - 2) + "–" + f.year() + ": " + Numbers.fmt(v[0]) + "; "
                    + Numbers.fmt(v[1]) + "; " + Numbers.fmt(v[2]) + ". Среднее арифметическое "
                    + Numbers.fmt(s.arithmeticMean()) + ", среднее геометрическое " + Numbers.fmt(s.geometricMean())
                    + ", (AM − GM) / AM = " + Numbers.fmt(s.relativeGap()) + " > " + Numbers.fmt(s.threshold()));
        }
    },

    RISK_GIA_VPR_GAP(SchoolStatus.RISK_GIA_VPR_GAP) {
        @Override
        Optional<String> reason(SchoolFacts f) {
            GiaVprDetail d = f.giaVpr();
            if (f.giaVprZeroGap()) {
                return Optional.of(d.note());
            }
            if (d.ratio() == null || !Numbers.ge(d.ratio(), d.threshold())) {
                return Optional.empty();
            }
            return Optional.of("Индекс по ГИА = " + Numbers.fmt(d.giaIndex()) + ", по ВПР = " + Numbers.fmt(d.vprIndex())
                    + ": различие в " + Numbers.fmt(d.ratio()) + " раза ≥ " + Numbers.fmt(d.threshold()));
        }
    },

    RISK_ADVANCED_BELOW_AVERAGE(SchoolStatus.RISK_ADVANCED_BELOW_AVERAGE) {
        @Override
        Optional<String> reason(SchoolFacts f) {
            double v = f.iorOfY();
            if (!f.advancedLevel() || Double.isNaN(v) || Double.isNaN(f.cohortMean()) || !Numbers.lt(v, f.cohortMean())) {
                return Optional.empty();
            }
            return Optional.of("Школа повышенного уровня: ИОР = " + Numbers.fmt(v) + " ниже среднего по когорте "
                    + Numbers.fmt(f.cohortMean()));
        }
    };

    private final SchoolStatus status;

    StatusRule(SchoolStatus status) {
        this.status = status;
    }

    SchoolStatus status() {
        return status;
    }

    /** Why the status holds for the school, or empty when it does not. */
    abstract Optional<String> reason(SchoolFacts facts);

    private static String threeYears(SchoolFacts f, boolean low) {
        StringBuilder text = new StringBuilder();
        for (IorYear y : f.history()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(y.year()).append(" — ").append(Numbers.fmt(y.ior()));
            if (low) {
                text.append(" ≤ P25 = ").append(Numbers.fmt(y.boundaries().p25()));
            } else {
                text.append(" > P75 = ").append(Numbers.fmt(y.boundaries().p75()));
            }
        }
        return text.toString();
    }
}
