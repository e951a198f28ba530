package ru.mentoring.index.methodology;

import java.util.List;
import java.util.Map;

/**
 * One school's classification for a year.
 *
 * @param iorQuartile   1..4, or {@code null} when ИОР is undefined
 * @param statuses      in the order of {@link SchoolStatus}
 * @param explanation   the numbers behind the indices and behind each status, keyed by name; maps and lists of
 *                      numbers, strings and booleans only, in a fixed order
 */
public record SchoolResult(String schoolCode, Double ior, Integer iorQuartile, Double isbsh, Integer isbshQuartile,
        List<SchoolStatus> statuses, Map<String, Object> explanation) {

    public SchoolResult {
        statuses = List.copyOf(statuses);
        explanation = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(explanation));
    }
}
