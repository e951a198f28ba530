package ru.mentoring.index.classification;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One school's line of a classification, as {@code GET /api/index/years/{year}/classification} shows it.
 *
 * @param iorQuartile   1..4, or null when ИОР is undefined
 * @param statuses      codes such as LOW_RESULTS, EFFECTIVE, RISK_UNSTABLE
 * @param explanation   the values, boundaries, means and ratios that led to each status (stored JSON, passed through)
 */
record SchoolClassification(String schoolCode, Double ior, Integer iorQuartile, Double isbsh, Integer isbshQuartile,
        List<String> statuses, @JsonRawValue String explanation) {
}
