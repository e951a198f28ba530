package ru.mentoring.registry.matching;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The school index service's classification of schools, as the matching needs it. */
interface SchoolClassifications {

    /** @param statusesBySchool school code -> status codes (EFFECTIVE, STABLY_HIGH, LOW_RESULTS, ...) */
    record Classification(int year, Map<String, Set<String>> statusesBySchool) {
    }

    /**
     * The classification of the year, or of the year before when the year has none yet; empty when
     * the index service is unreachable, refuses, or has no classification for either year.
     */
    Optional<Classification> latest(int year);
}
