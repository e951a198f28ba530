package ru.mentoring.index.methodology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The classification of every cohort school for year Y.
 *
 * @param methodologyVersion the version it was computed with
 * @param year               Y
 * @param years              Y-2, Y-1, Y (in that order): ИОР boundaries and means
 * @param isbsh              ИСБШ of Y: weights, boundaries, regression; {@code null} without context factors
 * @param meanIor            mean ИОР(Y) over the schools with a defined ИОР, or {@code null}
 * @param counts             totals
 * @param notes              Russian remarks for the whole run (missing years, flat quartiles, no significant
 *                           factor, ...)
 * @param schools            one result per school, sorted by school code
 */
public record ClassificationResult(String methodologyVersion, int year, List<YearSummary> years,
                                   IsbshSummary isbsh, Double meanIor, Counts counts, List<String> notes,
                                   List<SchoolResult> schools) {

    public ClassificationResult {
        years = List.copyOf(years);
        notes = List.copyOf(notes);
        schools = List.copyOf(schools);
    }

    /** The regression of year Y, or {@code null} in fixed-weights mode or without factors. */
    public RegressionSummary regression() {
        return isbsh == null ? null : isbsh.regression();
    }

    /** ИОР boundaries per year (Y-2, Y-1, Y), only the years that have them. */
    public SortedMap<Integer, QuartileBoundaries> iorBoundaries() {
        SortedMap<Integer, QuartileBoundaries> map = new TreeMap<>();
        for (YearSummary summary : years) {
            if (summary.iorBoundaries() != null) {
                map.put(summary.year(), summary.iorBoundaries());
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }

    /** ИСБШ boundaries of year Y, or {@code null} without context factors or when no school has ИСБШ. */
    public QuartileBoundaries isbshBoundaries() {
        return isbsh == null ? null : isbsh.boundaries();
    }

    /** Number of schools with this status. */
    public long count(SchoolStatus status) {
        return counts.statuses().get(status);
    }

    /** Summary of year Y itself. */
    YearSummary targetYear() {
        return years.get(years.size() - 1);
    }

    /** The result of one school (binary search: the list is sorted by code). */
    Optional<SchoolResult> school(String code) {
        int lo = 0;
        int hi = schools.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = schools.get(mid).schoolCode().compareTo(code);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return Optional.of(schools.get(mid));
            }
        }
        return Optional.empty();
    }

    /** The results of one municipality's schools, still judged against the whole cohort. */
    List<SchoolResult> forMunicipality(String municipalityCode) {
        List<SchoolResult> result = new ArrayList<>();
        for (SchoolResult school : schools) {
            if (Objects.equals(school.municipalityCode(), municipalityCode)) {
                result.add(school);
            }
        }
        return result;
    }
}
