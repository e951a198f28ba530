package ru.mentoring.index.data;

import java.util.Map;

/** What is loaded for a year: values per indicator and per factor, and how many schools have any. */
record YearDataSummary(int year, long indicatorValues, long contextValues, long schoolsWithIndicators,
        long schoolsWithContext, Map<String, Long> byIndicator, Map<String, Long> byFactor) {
}
