package ru.mentoring.monitoring.competency;

import java.util.List;
import java.util.UUID;

/** Competency test scores as the API shows them: counts and means, never a teacher's score. */
public final class CompetencyViews {

    private CompetencyViews() {
    }

    /** An accepted file: every row stored; a row of a teacher, year and stage already stored replaced the old score. */
    public record UploadReport(UUID uploadId, long rowsRead, long inserted, long replaced, List<String> schools,
            List<Integer> programmeYears) {
    }

    /**
     * @param paired     teachers with a score before and after
     * @param meanBefore mean score before, over the paired teachers
     * @param meanAfter  mean score after, over the paired teachers
     * @param risePercent (meanAfter − meanBefore) / meanBefore, percent; null without pairs or with a zero mean before
     */
    public record Figures(String schoolCode, long teachersBefore, long teachersAfter, long paired, Double meanBefore,
            Double meanAfter, Double risePercent) {
    }

    public record Summary(int programmeYear, String municipalityCode, String schoolCode, Figures total,
            List<Figures> bySchool) {
    }
}
