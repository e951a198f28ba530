package ru.mentoring.index.methodologyversion;

import java.time.OffsetDateTime;
import java.util.List;

import ru.mentoring.index.methodologyversion.MethodologyDefinition.Cohort;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.ContextFactor;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.Indicator;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.IsbshMode;
import ru.mentoring.index.methodologyversion.MethodologyDefinition.Thresholds;

/**
 * A version as the API shows it: the body that was PUT (with defaults filled in) and its history.
 *
 * @param used whether a classification run has computed with it (then it can never change)
 */
record MethodologyVersionView(
        String version,
        List<Indicator> indicators,
        List<ContextFactor> contextFactors,
        IsbshMode isbshMode,
        Thresholds thresholds,
        Cohort cohort,
        OffsetDateTime createdAt,
        String createdBy,
        boolean used,
        OffsetDateTime firstUsedAt) {

    static MethodologyVersionView of(StoredMethodology stored, MethodologyDefinition d) {
        return new MethodologyVersionView(stored.getVersion(), d.indicators(), d.contextFactors(), d.isbshMode(),
                d.thresholds(), d.cohort(), stored.getCreatedAt(), stored.getCreatedBy(), stored.getFirstUsedAt() != null,
                stored.getFirstUsedAt());
    }
}
