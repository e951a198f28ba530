package ru.mentoring.monitoring.index;

import java.util.Map;
import java.util.Set;

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
}
