package ru.mentoring.index.methodology;

import java.util.List;
import java.util.Map;

/**
 * The classification of a whole cohort for year Y.
 *
 * @param iorBoundaries  per year of Y-2..Y that had enough data; a year without is absent
 * @param isbshBoundaries ИСБШ boundaries of Y, or {@code null} when no school has an ИСБШ
 * @param meanIor        mean ИОР(Y) over the schools with a defined ИОР (the advanced-level rule's bar)
 * @param regression     the fit of Y in regression mode, else {@code null}
 * @param notes          what could not be computed and why (e.g. a past year with too few schools), in Russian
 */
public record ClassificationResult(int year, String methodologyVersion, Map<Integer, QuartileBoundaries> iorBoundaries,
        QuartileBoundaries isbshBoundaries, Double meanIor, RegressionSummary regression, List<SchoolResult> schools,
        List<String> notes) {

    public ClassificationResult {
        iorBoundaries = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(iorBoundaries));
        schools = List.copyOf(schools);
        notes = List.copyOf(notes);
    }

    public long count(SchoolStatus status) {
        return schools.stream().filter(s -> s.statuses().contains(status)).count();
    }
}
