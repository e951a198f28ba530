package ru.mentoring.web.monitoring;

import java.util.List;
import java.util.UUID;

/** The monitoring service's learners' results as the page reads them ({@code /api/monitoring/learners}). */
final class LearnersApi {

    private LearnersApi() {
    }

    record Upload(UUID uploadId, long rowsRead, long inserted, long replaced, List<String> schools,
            List<Integer> programmeYears) {
    }

    record Results(int programmeYear, String schoolCode, Long menteesBefore, Long menteesAfter, Long paired,
            List<Measure> measures, List<Status> statuses, String method, boolean suppressed) {
    }

    record Measure(String key, String label, Double meanBefore, Double meanAfter, Double change, Integer rose,
            Integer unchanged, Integer fell, Double pValue, Boolean significant) {
    }

    record Status(String key, String label, Integer before, Integer after, Integer gained, Integer lost, Double pValue,
            Boolean significant) {
    }
}
