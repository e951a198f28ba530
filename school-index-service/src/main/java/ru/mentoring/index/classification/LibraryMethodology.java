package ru.mentoring.index.classification;

import java.util.Map;
import java.util.TreeMap;

import ru.mentoring.index.methodology.CohortChoice;
import ru.mentoring.index.methodology.Indicator;
import ru.mentoring.index.methodology.IsbshMode;
import ru.mentoring.index.methodology.MethodologyVersion;
import ru.mentoring.index.methodology.PublishedBoundaries;
import ru.mentoring.index.methodology.QuartileBoundaries;
import ru.mentoring.index.methodology.Source;
import ru.mentoring.index.methodology.Thresholds;
import ru.mentoring.index.methodologyversion.MethodologyDefinition;

/** A stored definition in the terms of the pure computation library. */
final class LibraryMethodology {

    private LibraryMethodology() {
    }

    static MethodologyVersion of(String version, MethodologyDefinition d) {
        MethodologyVersion.Builder builder = MethodologyVersion.builder(version)
                .isbshMode(IsbshMode.valueOf(d.isbshMode().name()))
                .thresholds(new Thresholds(d.thresholds().alpha(), d.thresholds().unstableGap(), d.thresholds().giaVprRatio(),
                        Thresholds.DEFAULT_MIN_SCHOOLS_FOR_QUARTILES, Thresholds.DEFAULT_MIN_WEIGHT_SHARE));
        for (MethodologyDefinition.Indicator i : d.indicators()) {
            builder.indicator(Indicator.of(i.code(), i.name(), Source.valueOf(i.source().name()), i.direction(), i.weight()));
        }
        for (MethodologyDefinition.ContextFactor f : d.contextFactors()) {
            if (d.isbshMode() == MethodologyDefinition.IsbshMode.FIXED_WEIGHTS) {
                builder.factor(f.code(), f.name(), f.weight());
            } else {
                builder.factor(f.code(), f.name());
            }
        }
        if (d.cohort().choice() == MethodologyDefinition.CohortChoice.FIXED_BOUNDARIES) {
            Map<Integer, PublishedBoundaries> byYear = new TreeMap<>();
            d.cohort().boundaries().forEach((year, b) -> byYear.put(year, new PublishedBoundaries(
                    quartiles(b.ior()), b.isbsh() == null ? null : quartiles(b.isbsh()))));
            builder.cohortChoice(CohortChoice.fixedBoundaries(byYear));
        }
        return builder.build();
    }

    private static QuartileBoundaries quartiles(MethodologyDefinition.Boundaries b) {
        return new QuartileBoundaries(b.p25(), b.p50(), b.p75());
    }
}
