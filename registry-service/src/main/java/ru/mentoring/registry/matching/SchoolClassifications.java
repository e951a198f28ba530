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
     * @param classification the classification to use, empty when there is none
     * @param unavailable    true when the index service did not answer (down, slow, refusing): not the same as
     *                       "no classification", and the caller says which
     */
    record Latest(Optional<Classification> classification, boolean unavailable) {
    }

    /**
     * The classification of the year, or of the year before when the year has none yet; none when
     * the index service is unreachable, refuses, or has no classification for either year.
     */
    Latest latest(int year);
}
