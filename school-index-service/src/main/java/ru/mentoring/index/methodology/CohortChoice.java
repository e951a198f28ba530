package ru.mentoring.index.methodology;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the quartile boundaries come from. The indices themselves (min-max, z-scores, regression) are always
 * computed over every school loaded for the year; only the boundaries differ.
 */
public sealed interface CohortChoice permits CohortChoice.AllLoaded, CohortChoice.FixedBoundaries {

    /** Quartiles are computed over all schools loaded for the year (the default). */
    static CohortChoice allLoaded() {
        return new AllLoaded();
    }

    /** Quartiles use the boundaries the region published per year. */
    static CohortChoice fixedBoundaries(Map<Integer, PublishedBoundaries> byYear) {
        return new FixedBoundaries(byYear);
    }

    /** Quartiles over every school loaded for that year. */
    record AllLoaded() implements CohortChoice {
    }

    /** Quartiles from the boundaries the region published, keyed by year. */
    record FixedBoundaries(Map<Integer, PublishedBoundaries> byYear) implements CohortChoice {

        public FixedBoundaries {
            if (byYear == null || byYear.isEmpty()) {
                throw new MethodologyException("cohortChoice.boundaries",
                        "Для фиксированных границ нужно указать границы хотя бы за один год");
            }
            TreeMap<Integer, PublishedBoundaries> copy = new TreeMap<>();
            byYear.forEach((year, b) -> {
                if (year == null || b == null) {
                    throw new MethodologyException("cohortChoice.boundaries", "Не указаны год или границы квартилей");
                }
                copy.put(year, b);
            });
            byYear = Collections.unmodifiableSortedMap(copy);
        }
    }
}
