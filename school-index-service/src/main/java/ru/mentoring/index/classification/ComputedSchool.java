package ru.mentoring.index.classification;

import java.util.List;

/**
 * One school's result as it is stored.
 *
 * @param explanation the numbers behind each status, as JSON text
 */
record ComputedSchool(String schoolCode, Double ior, Integer iorQuartile, Double isbsh, Integer isbshQuartile,
        List<String> statuses, String explanation) {
}
