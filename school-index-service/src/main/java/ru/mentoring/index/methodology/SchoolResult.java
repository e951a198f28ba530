package ru.mentoring.index.methodology;

import java.util.List;
import java.util.Map;

/**
 * One school's classification for year Y.
 *
 * @param schoolCode       school code
 * @param municipalityCode municipality (may be {@code null})
 * @param advancedLevel    advanced-level school
 * @param ior              ИОР(Y), or {@code null} (reason in the explanation)
 * @param iorQuartile      1..4, or {@code null}
 * @param isbsh            ИСБШ(Y), or {@code null}
 * @param isbshQuartile    1..4, or {@code null}
 * @param statuses         assigned statuses, sorted in {@link SchoolStatus} order
 * @param details          the numbers behind them, typed
 */
public record SchoolResult(String schoolCode, String municipalityCode, boolean advancedLevel, Double ior,
                           Integer iorQuartile, Double isbsh, Integer isbshQuartile, List<SchoolStatus> statuses,
                           Explanation details) {

    public SchoolResult {
        statuses = List.copyOf(statuses);
    }

    /** The explanation as an ordered map, the shape stored as JSON (see {@link Explanation#asMap()}). */
    public Map<String, Object> explanation() {
        return details.asMap();
    }

    boolean has(SchoolStatus status) {
        return statuses.contains(status);
    }
}
