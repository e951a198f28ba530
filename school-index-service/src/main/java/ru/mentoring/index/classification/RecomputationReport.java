package ru.mentoring.index.classification;

import java.util.List;

/**
 * A stored run computed again from its own data sets, cohort and methodology version, compared
 * with what was stored, school by school, bit for bit (numbers as stored doubles, explanations as
 * JSON values).
 *
 * @param equal        every school's result and the cohort-wide summary are equal
 * @param summaryEqual the cohort-wide numbers (boundaries, means, regression) are equal
 * @param differences  the schools whose result differs, among those the caller may read
 */
record RecomputationReport(RunRecord run, boolean equal, boolean summaryEqual, int schoolsCompared,
        List<SchoolDifference> differences) {

    /**
     * @param fields which parts differ: {@code ior}, {@code iorQuartile}, {@code isbsh},
     *               {@code isbshQuartile}, {@code statuses}, {@code explanation}; or {@code missing}
     *               (stored, not recomputed) and {@code extra} (recomputed, not stored)
     */
    public record SchoolDifference(String schoolCode, List<String> fields) {
    }
}
