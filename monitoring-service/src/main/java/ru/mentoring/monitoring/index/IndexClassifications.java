package ru.mentoring.monitoring.index;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import ru.mentoring.monitoring.figures.Available;

/** The school index service's classification of a year (which schools are ШНОР), asked service-to-service. */
public interface IndexClassifications {

    String LOW_RESULTS = "LOW_RESULTS";

    /**
     * School code → status codes ({@code LOW_RESULTS}, {@code EFFECTIVE}, ...) of the latest
     * classification of the year; unavailable (with the reason) when none was computed for that year
     * or the service did not answer.
     */
    Available<Map<String, Set<String>>> statuses(int year);

    /**
     * The municipality's ШНОР over the years ({@code GET /api/index/municipalities/{m}/low-results-trend}),
     * oldest first; unavailable with the reason when the service does not answer. The default answers
     * unavailable, for a reader that keeps no history.
     */
    default Available<List<LowResultsYear>> lowResultsTrend(String municipalityCode) {
        return Available.unavailable("Сведения о ШНОР по годам недоступны");
    }

    /** One year of the trend: ШНОР among the municipality's classified schools. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LowResultsYear(int year, int lowResultsCount, int schoolCount) {

        /** The share of ШНОР in per cent, or null without schools. */
        public Double sharePercent() {
            return schoolCount == 0 ? null : 100.0 * lowResultsCount / schoolCount;
        }
    }
}
